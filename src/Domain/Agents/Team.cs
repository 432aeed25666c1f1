namespace ContactCentre.Domain.Agents;

/// <summary>The three agent teams of the agreement: comercial, suporte, central.</summary>
public enum Team
{
    Sales,
    Support,
    Central,
}
