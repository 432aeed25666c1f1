namespace ContactCentre.Channels.Abstractions;

/// <summary>What a provider said to a send: accepted with its id, or refused (retryable or not).</summary>
public sealed record SendResult(bool Accepted, string? ProviderMessageId, bool Retryable, string? Error, TimeSpan? RetryAfter = null)
{
    public static SendResult Ok(string? providerMessageId) => new(true, providerMessageId, false, null);

    public static SendResult TryLater(string error, TimeSpan? retryAfter = null) => new(false, null, true, error, retryAfter);

    public static SendResult Refused(string error) => new(false, null, false, error);
}
