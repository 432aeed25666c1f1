using System.Text.Json;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Studio.Audit;
using ContactCentre.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Catalogue;

/// <summary>One rule parameter as the studio shows it: its definition, the value from appsettings, the manager's override, the value in force.</summary>
public sealed record RuleParameterView(string Name, string Unit, string Default, string Rule, string Meaning, string Configured, string? Override, string Effective);

/// <summary>The rule parameters and calendar: definitions, configured, overridden and effective values.</summary>
public sealed record RoutingView(IReadOnlyList<RuleParameterView> Parameters, string ConfiguredTimeZone, string? TimeZoneOverride, string TimeZone,
    IReadOnlyList<string>? ConfiguredHolidays, IReadOnlyList<string>? HolidaysOverride, IReadOnlyList<string>? Holidays);

/// <summary>
/// The database override of appsettings' <c>Routing</c> section (routing-rules.md's parameters, time zone, holidays).
/// A change is validated with the messages appsettings gets, stored with its audit record in one transaction and
/// applied to the running <see cref="RoutingSettings"/> at once; other nodes pick it up within
/// <see cref="StudioRoutingRefresher.Interval"/>.
/// </summary>
public sealed class StudioRouting(StoreFactory stores, RoutingSettings live, AuditLog audit) : IDisposable
{
    public const string SettingKey = "studio:routing";

    /// <summary>appsettings' values, captured before any override is applied.</summary>
    private readonly RoutingSettings _configured = live.Snapshot();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _applied;

    public void Dispose() => _gate.Dispose();

    public async Task<RoutingView> ViewAsync(CancellationToken cancellationToken)
    {
        var overrides = await ReadAsync(cancellationToken);
        var effective = live.Parameters.ToDictionary();
        var configured = _configured.Parameters.ToDictionary();
        return new RoutingView(
            [.. RoutingParameters.Definitions.Select(d => new RuleParameterView(d.Name, d.Unit, d.Default, d.Rule, d.Description, configured[d.Name],
                overrides.Parameters.TryGetValue(d.Name, out var o) ? o : null, effective[d.Name]))],
            _configured.TimeZone.Id, overrides.TimeZone, live.TimeZone.Id,
            Dates(_configured.Holidays), overrides.Holidays, Dates(live.Holidays));
    }

    /// <summary>Sets (or, with a null value, removes) parameter overrides; null, or the problem naming the parameter.</summary>
    public Task<string?> SetParametersAsync(IReadOnlyDictionary<string, string?> values, string actor, CancellationToken cancellationToken) =>
        ChangeAsync("parameters", actor, current =>
        {
            var parameters = new Dictionary<string, string>(current.Parameters, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in values)
            {
                var definition = RoutingParameters.Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
                var key = definition?.Name ?? name;
                if (value is null)
                {
                    parameters.Remove(key);
                }
                else
                {
                    parameters[key] = value.Trim();
                }
            }

            return current with { Parameters = parameters };
        }, cancellationToken);

    /// <summary>Sets the time zone and/or the holiday list; <paramref name="resetHolidays"/> goes back to the configured ones.</summary>
    public Task<string?> SetCalendarAsync(string? timeZone, IReadOnlyList<string>? holidays, bool resetTimeZone, bool resetHolidays, string actor, CancellationToken cancellationToken) =>
        ChangeAsync("calendar", actor, current => current with
        {
            TimeZone = resetTimeZone ? null : timeZone?.Trim() ?? current.TimeZone,
            Holidays = resetHolidays ? null : holidays is null ? current.Holidays : [.. holidays.Select(h => h.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        }, cancellationToken);

    /// <summary>Applies the stored overrides when they changed since the last time (start-up, and the refresher's ticks).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var text = await db.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (text == _applied)
        {
            return;
        }

        var overrides = text is null ? RoutingOverrides.None : JsonSerializer.Deserialize<RoutingOverrides>(text, JsonSerializerOptions.Web) ?? RoutingOverrides.None;
        var (values, _) = Resolve(overrides);
        if (values is not null)
        {
            live.Replace(values.Parameters, values.TimeZone, values.Holidays);
            _applied = text;
        }
    }

    private async Task<string?> ChangeAsync(string subject, string actor, Func<RoutingOverrides, RoutingOverrides> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = stores.Create();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);
            var current = row is null ? RoutingOverrides.None : JsonSerializer.Deserialize<RoutingOverrides>(row.Value, JsonSerializerOptions.Web) ?? RoutingOverrides.None;
            var next = change(current);
            var (values, problem) = Resolve(next);
            if (values is null)
            {
                return problem;
            }

            var text = JsonSerializer.Serialize(next, JsonSerializerOptions.Web);
            if (row is null)
            {
                db.Settings.Add(new SettingEntry { Key = SettingKey, Value = text });
            }
            else
            {
                row.Value = text;
            }

            await audit.RecordAsync(db, "routing", subject, "updated", actor, current, next, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            live.Replace(values.Parameters, values.TimeZone, values.Holidays);
            _applied = text;
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>appsettings' values with the overrides on top, checked as appsettings is (same messages).</summary>
    private (RoutingSettings? Values, string? Problem) Resolve(RoutingOverrides overrides)
    {
        try
        {
            var parameters = _configured.Parameters.With(overrides.Parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
            var zone = overrides.TimeZone is { } id ? RoutingSettings.ParseTimeZone(id) : _configured.TimeZone;
            var holidays = overrides.Holidays is { } list
                ? list.Select((h, i) => RoutingSettings.ParseHoliday(h, $"Routing:Holidays:{i}")).ToList()
                : _configured.Holidays;
            return (new RoutingSettings { Parameters = parameters, TimeZone = zone, Holidays = holidays }, null);
        }
        catch (ArgumentException e)
        {
            return (null, $"Routing: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            return (null, e.Message);
        }
    }

    private async Task<RoutingOverrides> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var text = await db.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return text is null ? RoutingOverrides.None : JsonSerializer.Deserialize<RoutingOverrides>(text, JsonSerializerOptions.Web) ?? RoutingOverrides.None;
    }

    private static List<string>? Dates(IReadOnlyList<DateOnly>? dates) => dates?.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
