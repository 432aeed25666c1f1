using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.Outbox;

/// <summary>Wakes the outbox sender right after a commit, so replies do not wait for the next poll.</summary>
public sealed class OutboxSignal : WakeSignal;
