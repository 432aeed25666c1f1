namespace ContactCentre.Domain.Routing.Rules;

/// <summary>Who earns a sale's commission ("bot" for none) and the rule that chose them.</summary>
public sealed record CommissionDecision(string Beneficiary, string RuleId, string Why);
