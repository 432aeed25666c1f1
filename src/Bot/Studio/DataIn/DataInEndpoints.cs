using System.Security.Claims;
using System.Text;
using System.Text.Json;
using ContactCentre.Bot.Studio.Access;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>
/// <c>/api/studio/data/{kind}</c> (customers, invoices, schedules, agents): JSON upserts by external id and CSV
/// imports, up to 10,000 rows per call, all-or-nothing; <c>?preview=true</c> checks without writing.
/// </summary>
public static class DataInEndpoints
{
    public static RouteGroupBuilder MapStudioDataIn(this RouteGroupBuilder studio)
    {
        var data = studio.MapGroup("/data").WithTags("Studio: data in").RequireAuthorization(StudioScopes.Policy(StudioScopes.Data));
        data.MapGet("/", (DataImporter importer) => importer.Kinds.Select(k => new { kind = k.Name, columns = k.Columns }))
            .WithSummary("The record kinds and their columns (the first is the external id).");
        data.MapPost("/{kind}", UpsertJsonAsync).Produces<ImportOutcome>()
            .WithSummary("Upserts a JSON array of records by external id; any bad row → 422 listing each, nothing written.");
        data.MapPost("/{kind}/csv", ImportCsvAsync).Produces<ImportOutcome>()
            .WithSummary("Imports a CSV file (header row; ';' or ','); preview=true shows what would change and each row's errors.");
        return studio;
    }

    private static async Task<IResult> UpsertJsonAsync(string kind, bool? preview, HttpRequest request, ClaimsPrincipal user, DataImporter importer, CancellationToken cancellationToken)
    {
        if (importer.Find(kind) is not { } found)
        {
            return UnknownKind(kind, importer);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return StudioProblems.BadRequest($"The body is not JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return StudioProblems.BadRequest("The body must be a JSON array of records.");
            }

            var rows = document.RootElement.EnumerateArray().Select((item, i) => ImportRow.FromJson(i + 1, item)).ToList();
            return await RunAsync(found, rows, preview == true, user, "api", importer, cancellationToken);
        }
    }

    private static async Task<IResult> ImportCsvAsync(string kind, bool? preview, HttpRequest request, ClaimsPrincipal user, DataImporter importer, CancellationToken cancellationToken)
    {
        if (importer.Find(kind) is not { } found)
        {
            return UnknownKind(kind, importer);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var rows = CsvReader.Read(await reader.ReadToEndAsync(cancellationToken));
        return await RunAsync(found, rows, preview == true, user, "csv", importer, cancellationToken);
    }

    private static async Task<IResult> RunAsync(IImportKind kind, IReadOnlyList<ImportRow> rows, bool preview, ClaimsPrincipal user, string source, DataImporter importer, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return StudioProblems.BadRequest("No records in the body.");
        }

        if (rows.Count > DataImporter.MaxRows)
        {
            return StudioProblems.Problem(StatusCodes.Status413PayloadTooLarge, $"{rows.Count} records: send at most {DataImporter.MaxRows} per call.");
        }

        var outcome = await importer.ImportAsync(kind, rows, preview, StudioAuthorization.Actor(user), source, cancellationToken);
        if (outcome.Errors == 0 || preview)
        {
            return Results.Ok(outcome);
        }

        var bad = outcome.Rows.Where(r => r.Action == RowActions.Error).ToList();
        return StudioProblems.Problem(StatusCodes.Status422UnprocessableEntity,
            $"{bad.Count} of {rows.Count} {kind.Name} rows have errors; nothing was imported. First: line {bad[0].Line}: {string.Join("; ", bad[0].Errors)}.",
            new Dictionary<string, object?> { ["kind"] = kind.Name, ["errors"] = bad.Count, ["rows"] = bad });
    }

    private static IResult UnknownKind(string kind, DataImporter importer) =>
        StudioProblems.NotFound($"Unknown record kind '{kind}' (known: {string.Join(", ", importer.Kinds.Select(k => k.Name))}).");
}
