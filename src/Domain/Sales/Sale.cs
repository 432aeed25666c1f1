namespace ContactCentre.Domain.Sales;

/// <summary>A closed sale with its commission beneficiary and the rule that chose it (R14).</summary>
public sealed class Sale
{
    public const string Bot = "bot";

    public required Guid Id { get; init; }
    public required string CustomerId { get; init; }
    public string? ConversationId { get; init; }
    public required string ProductCode { get; init; }
    public required decimal Quantity { get; init; }
    public required decimal Amount { get; init; }

    /// <summary>"bot" or the agent id who closed it.</summary>
    public required string ClosedBy { get; init; }

    /// <summary>"bot" (no personal commission) or an agent id.</summary>
    public required string CommissionBeneficiary { get; init; }

    public required string CommissionRule { get; init; }
    public required DateTimeOffset At { get; init; }
}
