namespace ContactCentre.Bot.Runtime;

/// <summary>
/// Proof that an inbound message was taken: unique on (channel, provider message id) and written in
/// the same transaction as everything its turn did. A duplicate at commit is a provider retry.
/// </summary>
public sealed class InboundClaim
{
    public required string Channel { get; init; }
    public required string ProviderMessageId { get; init; }
    public required string ConversationId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
}
