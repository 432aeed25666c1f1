namespace ContactCentre.Bot.Outbox;

/// <summary>A reply's life: written with its turn, sent by the sender, then updated by the provider's callbacks.</summary>
public enum OutboxStatus
{
    Pending,

    /// <summary>Handed to the provider; a crash now is the one window where it may go twice.</summary>
    Sending,

    Sent,
    Delivered,
    Read,
    Failed,
}
