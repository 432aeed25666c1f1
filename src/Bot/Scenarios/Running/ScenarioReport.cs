using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactCentre.Bot.Scenarios.Parsing;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>The <c>--json</c> file: every turn's replies, deliveries, events and routing decisions.</summary>
public static class ScenarioReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes the report of <paramref name="results"/> to <paramref name="path"/> (UTF-8, indented).</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<ScenarioResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, Build(results), Options, cancellationToken);
    }

    /// <summary>The report as a JSON document.</summary>
    public static JsonElement ToJson(IReadOnlyList<ScenarioResult> results) => JsonSerializer.SerializeToElement(Build(results), Options);

    private static Report Build(IReadOnlyList<ScenarioResult> results) => new(
        results.Count(r => r.Passed),
        results.Count(r => !r.Passed),
        [.. results.Select(r => new ScenarioEntry(
            r.Scenario.Name,
            r.Scenario.SourceFile,
            r.Scenario.SourceLine,
            r.Passed,
            r.Failure,
            [.. r.Turns.Select(Turn)]))]);

    private static TurnEntry Turn(TurnObservation o)
    {
        var turn = o.Turn;
        return new TurnEntry(
            turn.Index + 1,
            turn.Line,
            turn.Kind.ToString().ToLowerInvariant(),
            TimeZoneInfo.ConvertTime(o.Clock, ScenarioParser.DefaultTimeZone),
            turn.Say,
            turn.Kind == ScenarioTurnKind.Say && turn.From is { } from ? $"{from.Channel}:{from.Address}" : null,
            turn.Wait is { } wait ? wait.ToString("c", CultureInfo.InvariantCulture) : null,
            turn.Agent,
            turn.AgentAction is { } action ? Action(action) : null,
            o.Passed(),
            o.Error,
            o.Failures.Count == 0 ? null : o.Failures,
            [.. o.Replies.Select(r => r.Text ?? string.Empty)],
            [.. o.Delivered.Select(d => new DeliveryEntry(d.Channel, d.Activity.Recipient?.Id, d.Activity.From.Id, d.Role, d.Text))],
            [.. o.Events.Where(e => e.Kind != "decision").Select(e => new EventEntry(e.Kind, EventData.Element(e.Data) ?? JsonSerializer.SerializeToElement(e.Data.ToString())))],
            [.. o.Decisions.Select(Decision)],
            o.Conversation is { } c ? new HolderEntry(c.ConversationId, c.Describe(), c.Holder.ToString().ToLowerInvariant(), c.AgentId, c.QueueTeam ?? c.AgentTeam, c.ExcludedAgentId, c.CustomerId) : null);
    }

    private static string Action(ScenarioAgentAction action) => action.Kind switch
    {
        ScenarioAgentActionKind.Say => $"say {action.Text}",
        ScenarioAgentActionKind.Sell => $"sell {action.Sale!.Quantity} × {action.Sale.Product}",
        _ => action.Kind.ToString().ToLowerInvariant(),
    };

    private static bool Passed(this TurnObservation o) => o.Error is null && o.Failures.Count == 0;

    private static DecisionEntry Decision(RoutingDecision d) => new(
        d.Target.ToString(),
        d.Reason,
        d.RuleIds,
        d.Facts,
        d.Explanation,
        d.InteractionReason.ToWire(),
        d.Fallback?.ToString(),
        d.OfferTimeout?.TotalSeconds,
        d.InvoicesToAnnounce.Count == 0 ? null : d.InvoicesToAnnounce);

    private sealed record Report(int Passed, int Failed, IReadOnlyList<ScenarioEntry> Scenarios);

    private sealed record ScenarioEntry(string Name, string File, int Line, bool Passed, string? Failure, IReadOnlyList<TurnEntry> Turns);

    private sealed record TurnEntry(
        int Turn,
        int Line,
        string Kind,
        DateTimeOffset Clock,
        string? Say,
        string? From,
        string? Wait,
        string? Agent,
        string? Action,
        bool Passed,
        string? Error,
        IReadOnlyList<string>? Failures,
        IReadOnlyList<string> Replies,
        IReadOnlyList<DeliveryEntry> Delivered,
        IReadOnlyList<EventEntry> Events,
        IReadOnlyList<DecisionEntry> Decisions,
        HolderEntry? Conversation);

    private sealed record DeliveryEntry(string Channel, string? To, string? From, string? Role, string Text);

    private sealed record EventEntry(string Kind, JsonElement Data);

    private sealed record DecisionEntry(
        string Target,
        string Reason,
        IReadOnlyList<string> Rules,
        IReadOnlyDictionary<string, string> Facts,
        string Explanation,
        string InteractionReason,
        string? Fallback,
        double? OfferTimeoutSeconds,
        IReadOnlyList<string>? InvoicesToAnnounce);

    private sealed record HolderEntry(string Id, string State, string Holder, string? Agent, string? Team, string? Excluded, string? Customer);
}
