namespace ContactCentre.Domain.Routing;

/// <summary>
/// The rule ids of shared/docs/routing-rules.md. Stable: they appear in test names, decisions and
/// the audit trail. Each rule's logic lives in Routing/Rules/RNN*.cs.
/// </summary>
public static class RuleIds
{
    public const string R1 = "R1";   // log every contact
    public const string R2 = "R2";   // open invoices
    public const string R3 = "R3";   // identification
    public const string R4 = "R4";   // duplicates → central
    public const string R5 = "R5";   // schedule validity
    public const string R6 = "R6";   // inbound sale, schedule owner first
    public const string R7 = "R7";   // inbound sale, bot sells
    public const string R8 = "R8";   // undecided → sales
    public const string R9 = "R9";   // another product
    public const string R10 = "R10"; // sale closes the schedule
    public const string R11 = "R11"; // manual inactivation
    public const string R12 = "R12"; // automatic inactivation
    public const string R13 = "R13"; // re-contract with debt
    public const string R14 = "R14"; // absent owner, commission
    public const string R15 = "R15"; // third parties
    public const string R16 = "R16"; // support and complaints
}
