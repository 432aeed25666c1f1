using System.Globalization;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Studio.Access;

namespace ContactCentre.Bot.Studio.Analytics;

/// <summary><c>GET /api/studio/analytics/{report}?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;format=csv</c>: JSON for charts, CSV for export.</summary>
public static class AnalyticsEndpoints
{
    public const int MaxDays = 366;

    public static RouteGroupBuilder MapStudioAnalytics(this RouteGroupBuilder studio)
    {
        var analytics = studio.MapGroup("/analytics").WithTags("Studio: analytics").RequireAuthorization(StudioScopes.Policy(StudioScopes.Analytics));
        analytics.MapGet("/", () => StudioAnalytics.Reports).WithSummary("The reports available.");
        analytics.MapGet("/{report}", RunAsync).Produces<AnalyticsTable>()
            .WithSummary("One report over a date range (default: the last 30 days); format=csv downloads it.");
        return studio;
    }

    private static async Task<IResult> RunAsync(string report, string? from, string? to, string? format, StudioAnalytics analytics, RoutingSettings routing, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), routing.TimeZone).DateTime);
        if (!TryDay(to, today, out var end) || !TryDay(from, end.AddDays(-29), out var start))
        {
            return StudioProblems.BadRequest("'from' and 'to' are dates (yyyy-MM-dd).");
        }

        if (start > end || end.DayNumber - start.DayNumber >= MaxDays)
        {
            return StudioProblems.BadRequest($"'from' must not be after 'to', and the range at most {MaxDays} days.");
        }

        if (format is not (null or "json" or "csv"))
        {
            return StudioProblems.BadRequest("'format' is json or csv.");
        }

        var table = await analytics.RunAsync(report, start, end, ct);
        if (table is null)
        {
            return StudioProblems.NotFound($"Unknown report '{report}' (known: {string.Join(", ", StudioAnalytics.Reports)}).");
        }

        return format == "csv"
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(table.ToCsv()), "text/csv; charset=utf-8", $"{report}-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}.csv")
            : Results.Ok(table);
    }

    private static bool TryDay(string? text, DateOnly fallback, out DateOnly day)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            day = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
