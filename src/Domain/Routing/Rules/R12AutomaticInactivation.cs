namespace ContactCentre.Domain.Routing.Rules;

/// <summary>R12 Automatic inactivation: anyone, the bot included, may re-contract.</summary>
public static class R12AutomaticInactivation
{
    internal static void Apply(DecisionBuilder decision, RoutingContext context, DateTimeOffset inactivatedAt)
    {
        decision.Fact("inactivation", "automatic").Fact("inactivatedOn", context.Calendar.DateOf(inactivatedAt));
        decision.Rule(RuleIds.R12, "inativação automática: qualquer um, o bot inclusive, pode recontratar");
    }
}
