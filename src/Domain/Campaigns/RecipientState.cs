namespace ContactCentre.Domain.Campaigns;

/// <summary>Pending: in the audience, not yet queued. Queued: its message is an outbox row (the outbox sends it once). Skipped: never sent.</summary>
public enum RecipientState
{
    Pending,
    Queued,
    Skipped,
}
