namespace ContactCentre.Domain.Customers;

/// <summary>How and when a customer was inactivated; R11 and R12 route re-contracts from it.</summary>
public sealed record Inactivation(InactivationKind Kind, string? ByAgentId, DateTimeOffset At)
{
    public static Inactivation Manual(string byAgentId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byAgentId);
        return new(InactivationKind.Manual, byAgentId, at);
    }

    public static Inactivation Automatic(DateTimeOffset at) => new(InactivationKind.Automatic, null, at);
}
