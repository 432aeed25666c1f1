using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R1 Log every contact: each conversation adds one interaction at its first turn, with channel,
/// reason and a link to the live transcript, then keeps it current; unanswered contacts are logged too.
/// </summary>
public static class R01LogEveryContact
{
    public static Interaction Start(Guid id, string customerId, string conversationId, string channel, string transcriptLink, DateTimeOffset now) => new()
    {
        Id = id,
        CustomerId = customerId,
        ConversationId = conversationId,
        Channel = channel,
        StartedAt = now,
        UpdatedAt = now,
        Reason = InteractionReason.Other,
        TranscriptLink = transcriptLink,
        Summary = "Atendimento iniciado.",
    };

    /// <summary>The first specific reason wins: a conversation that started as a price request and became a sale is a sale.</summary>
    public static InteractionReason Merge(InteractionReason current, InteractionReason next) =>
        current == InteractionReason.Other || (current == InteractionReason.PriceRequest && next == InteractionReason.Sale) ? next : current;
}
