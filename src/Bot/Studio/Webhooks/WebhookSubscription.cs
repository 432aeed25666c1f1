namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>
/// Another system's URL that hears about conversations (started, handoff, quote, sale, complaint). Each delivery is
/// signed with HMAC-SHA256 of the body under <see cref="Secret"/> (<c>X-ContactCentre-Signature: sha256=HEX</c>).
/// The secret is kept as written because signing needs it; it is never returned after creation.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Url { get; set; }

    public required string Secret { get; set; }

    /// <summary>The events it wants (<see cref="WebhookEvents"/>); empty means all.</summary>
    public List<string> Events { get; set; } = [];

    public bool Active { get; set; } = true;

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
