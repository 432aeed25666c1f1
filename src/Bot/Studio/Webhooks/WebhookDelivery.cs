namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>
/// One event on its way to one subscription: a durable queue row like the outbox's. Written in the same
/// transaction as what it reports (or right after, for events raised outside a turn); sent by
/// <see cref="WebhookSender"/> with retries and exponential backoff until delivered or out of attempts.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; init; }

    /// <summary>Unique per event and subscription, so an event raised twice is delivered once.</summary>
    public required string EventId { get; init; }

    public required Guid SubscriptionId { get; init; }

    public required string Event { get; init; }

    /// <summary>The JSON body, exactly as signed and sent.</summary>
    public required string Payload { get; init; }

    public string Status { get; set; } = WebhookDeliveryStatus.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Held by one sender until then (several nodes may send).</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }
}

public static class WebhookDeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
