using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing;

/// <summary>A classified customer request, the input of the routing policy.</summary>
/// <param name="Kind">What was asked.</param>
/// <param name="ProductCode">The product named, if any (R6, R9).</param>
/// <param name="KnowledgeBaseAnswered">The bot's knowledge base answered a support question (R16).</param>
/// <param name="RequesterIsHolder">False when a third party speaks for the customer (R15).</param>
/// <param name="Field">The sensitive field a change concerns (R15).</param>
public sealed record RoutingRequest(
    RequestKind Kind,
    string? ProductCode = null,
    bool KnowledgeBaseAnswered = false,
    bool RequesterIsHolder = true,
    SensitiveField? Field = null);
