namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// The order of an outbound message's Twilio statuses. Callbacks may arrive out of order, so the most
/// advanced one wins: queued &lt; sending &lt; sent &lt; delivered &lt; read; read, failed, undelivered and
/// canceled are final (nothing after them changes the state).
/// </summary>
public static class TwilioMessageStatuses
{
    public const string Queued = "queued";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Read = "read";
    public const string Failed = "failed";
    public const string Undelivered = "undelivered";

    /// <summary>0 for a status we do not order (receiving, received, …): such a callback changes nothing.</summary>
    public static int Rank(string status) => status switch
    {
        "accepted" or "scheduled" or Queued => 1,
        Sending => 2,
        Sent => 3,
        Delivered or "partially_delivered" => 4,
        Read => 5,
        Failed or Undelivered or "canceled" => 6,
        _ => 0,
    };

    public static bool IsFinal(string status) => Rank(status) >= 5;

    public static bool IsFailure(string status) => Rank(status) == 6;

    /// <summary>Whether a callback saying <paramref name="next"/> replaces the recorded <paramref name="current"/> (null: none yet).</summary>
    public static bool Advances(string? current, string next) =>
        Rank(next) > 0 && (current is null || (!IsFinal(current) && Rank(next) > Rank(current)));
}
