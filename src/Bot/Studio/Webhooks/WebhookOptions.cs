namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary><c>Studio:Webhooks</c>: how often events are collected and sent, and how deliveries are retried.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Studio:Webhooks";

    /// <summary>How often new events are looked for and due deliveries sent.</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>First retry delay; each further retry doubles it (with jitter), up to <see cref="MaxRetrySeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 10;

    public double MaxRetrySeconds { get; set; } = 3600;

    /// <summary>After this many failed attempts a delivery is marked failed (visible in the studio).</summary>
    public int MaxAttempts { get; set; } = 12;

    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>The scheme+host of this product as the receiving system reaches it, for the transcript links.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
