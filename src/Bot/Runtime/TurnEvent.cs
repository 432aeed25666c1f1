namespace ContactCentre.Bot.Runtime;

/// <summary>Something a turn did besides replying, reported to the scenario runner, the console and webhooks.</summary>
/// <param name="Kind">decision, quote, schedule-created, schedule-removed, sale, protocol, invoices-announced, handoff, interaction.</param>
/// <param name="Data">The details, as a JSON-serialisable object.</param>
public sealed record TurnEvent(string Kind, object Data);
