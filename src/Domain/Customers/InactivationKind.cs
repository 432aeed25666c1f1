namespace ContactCentre.Domain.Customers;

public enum InactivationKind
{
    /// <summary>By an agent, recorded with who and when (R11).</summary>
    Manual,

    /// <summary>By the system (R12).</summary>
    Automatic,
}
