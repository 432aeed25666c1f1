using System.Text.Json;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Scenarios.Parsing;
using ContactCentre.Bot.Scenarios.Running;
using ContactCentre.Bot.Studio.Audit;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Flows;

/// <summary>One scenario file kept with a flow (docs/scenario-format.md YAML).</summary>
public sealed record FlowScenarioFile(string File, string Yaml);

/// <summary>How one scenario did against a flow document.</summary>
public sealed record FlowScenarioOutcome(string File, string Name, bool Passed, string? Failure);

/// <summary>The suite's outcome: per scenario, and the totals.</summary>
public sealed record FlowScenarioRun(int Passed, int Failed, IReadOnlyList<FlowScenarioOutcome> Scenarios);

/// <summary>
/// The scenario files stored with a flow (in the settings table, one JSON list per flow, audited) and running them
/// against a flow document — the draft before publishing — through the product's own scenario runner, each in its
/// own temporary world: production data is never touched.
/// </summary>
public sealed class FlowScenarioSuite(StoreFactory stores, AuditLog audit)
{
    public const int MaxFiles = 200;
    public const int MaxYamlLength = 200_000;

    private static string Key(string flow) => $"studio:scenarios:{flow}";

    public async Task<IReadOnlyList<FlowScenarioFile>> ListAsync(string flow, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await ReadAsync(db, flow, cancellationToken);
    }

    /// <summary>Parses every scenario of the YAML (a problem → the parser's message, with line) without running it.</summary>
    public static string? Check(FlowScenarioFile file)
    {
        if (string.IsNullOrWhiteSpace(file.File) || file.File.Length > 200)
        {
            return "A scenario file needs a name of up to 200 characters.";
        }

        if (file.Yaml.Length > MaxYamlLength)
        {
            return $"Scenario file '{file.File}' is longer than {MaxYamlLength} characters.";
        }

        try
        {
            foreach (var scenario in ScenarioParser.Parse(file.Yaml, file.File).Scenarios)
            {
                _ = ScenarioWorldFactory.Prepare(scenario with { Flow = null, FlowPath = null });
            }

            return null;
        }
        catch (ScenarioFormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Adds or replaces one file (checked first); null, or why it was refused.</summary>
    public async Task<string?> SaveAsync(string flow, FlowScenarioFile file, string actor, CancellationToken cancellationToken)
    {
        if (Check(file) is { } problem)
        {
            return problem;
        }

        await using var db = stores.Create();
        var files = (await ReadAsync(db, flow, cancellationToken)).ToList();
        var old = files.FirstOrDefault(f => f.File == file.File);
        if (old is null && files.Count >= MaxFiles)
        {
            return $"Flow '{flow}' already keeps {MaxFiles} scenario files.";
        }

        files.RemoveAll(f => f.File == file.File);
        files.Add(file);
        await WriteAsync(db, flow, files, cancellationToken);
        await audit.RecordAsync(db, "flow-scenario", $"{flow}/{file.File}", old is null ? "created" : "updated", actor, old?.Yaml, file.Yaml, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> DeleteAsync(string flow, string file, string actor, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var files = (await ReadAsync(db, flow, cancellationToken)).ToList();
        var old = files.FirstOrDefault(f => f.File == file);
        if (old is null)
        {
            return false;
        }

        files.Remove(old);
        await WriteAsync(db, flow, files, cancellationToken);
        await audit.RecordAsync(db, "flow-scenario", $"{flow}/{file}", "deleted", actor, old.Yaml, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Runs each scenario of <paramref name="files"/> with <paramref name="flowContent"/> as the flow, whatever the file's own <c>flow:</c> says.</summary>
    public static async Task<FlowScenarioRun> RunAsync(string flow, string flowContent, IReadOnlyList<FlowScenarioFile> files, CancellationToken cancellationToken)
    {
        ScenarioFlow draft;
        try
        {
            draft = ScenarioFlow.FromContent($"{flow}.flow (draft)", flowContent);
        }
        catch (FormatException e)
        {
            var all = files.Select(f => new FlowScenarioOutcome(f.File, f.File, false, $"the flow cannot be read: {e.Message}")).ToList();
            return new FlowScenarioRun(0, all.Count, all);
        }

        var outcomes = new List<FlowScenarioOutcome>();
        foreach (var file in files)
        {
            IReadOnlyList<Scenario> scenarios;
            try
            {
                scenarios = ScenarioParser.Parse(file.Yaml, file.File).Scenarios;
            }
            catch (ScenarioFormatException e)
            {
                outcomes.Add(new FlowScenarioOutcome(file.File, file.File, false, e.Message));
                continue;
            }

            foreach (var scenario in scenarios)
            {
                outcomes.Add(await RunOneAsync(file.File, scenario, draft, cancellationToken));
            }
        }

        return new FlowScenarioRun(outcomes.Count(o => o.Passed), outcomes.Count(o => !o.Passed), outcomes);
    }

    private static async Task<FlowScenarioOutcome> RunOneAsync(string file, Scenario scenario, ScenarioFlow draft, CancellationToken cancellationToken)
    {
        PreparedScenario prepared;
        try
        {
            prepared = ScenarioWorldFactory.Prepare(scenario with { Flow = null, FlowPath = null }) with { Flow = draft };
        }
        catch (ScenarioFormatException e)
        {
            return new FlowScenarioOutcome(file, scenario.Name, false, e.Message);
        }

        var result = await ScenarioRunner.RunAsync(prepared, cancellationToken);
        return new FlowScenarioOutcome(file, scenario.Name, result.Passed, result.Failure);
    }

    private static async Task<IReadOnlyList<FlowScenarioFile>> ReadAsync(ContactCentreDbContext db, string flow, CancellationToken cancellationToken)
    {
        var key = Key(flow);
        var value = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return value is null ? [] : JsonSerializer.Deserialize<List<FlowScenarioFile>>(value, JsonSerializerOptions.Web) ?? [];
    }

    private static async Task WriteAsync(ContactCentreDbContext db, string flow, List<FlowScenarioFile> files, CancellationToken cancellationToken)
    {
        var key = Key(flow);
        var value = JsonSerializer.Serialize(files.OrderBy(f => f.File, StringComparer.Ordinal), JsonSerializerOptions.Web);
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (row is null)
        {
            db.Settings.Add(new SettingEntry { Key = key, Value = value });
        }
        else
        {
            row.Value = value;
        }
    }
}
