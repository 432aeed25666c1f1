using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing;

/// <summary>Accumulates rules, facts and sentences while the rules run, then freezes them into a <see cref="RoutingDecision"/>.</summary>
internal sealed class DecisionBuilder(DateTimeOffset now)
{
    private readonly List<string> _rules = [];
    private readonly Dictionary<string, string> _facts = new(StringComparer.Ordinal);
    private readonly List<string> _explanation = [];

    public RoutingTarget Target { get; set; } = RoutingTarget.Bot;
    public string Reason { get; set; } = "other";
    public InteractionReason InteractionReason { get; set; } = InteractionReason.Other;
    public RoutingTarget? Fallback { get; set; }
    public TimeSpan? OfferTimeout { get; set; }
    public List<string> InvoicesToAnnounce { get; } = [];
    public List<string> InvoicesToWaive { get; } = [];
    public ScheduleDraft? FollowUp { get; set; }
    public bool AskForContact { get; set; }
    public decimal DiscountPercent { get; set; }
    public bool HoldForHolder { get; set; }
    public bool CopyToHolder { get; set; }
    public bool IssueProtocol { get; set; }

    public DecisionBuilder Rule(string ruleId, string why)
    {
        if (!_rules.Contains(ruleId))
        {
            _rules.Add(ruleId);
        }

        _explanation.Add($"{ruleId}: {why}");
        return this;
    }

    /// <summary>An explanation sentence that no rule id stands behind (a settled default).</summary>
    public DecisionBuilder Note(string why)
    {
        _explanation.Add(why);
        return this;
    }

    public DecisionBuilder Fact(string name, string value)
    {
        _facts[name] = value;
        return this;
    }

    public DecisionBuilder Fact(string name, DateOnly value) => Fact(name, value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public DecisionBuilder Fact(string name, int value) => Fact(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void For(string reason, InteractionReason interactionReason)
    {
        Reason = reason;
        InteractionReason = interactionReason;
    }

    public RoutingDecision Build() => new()
    {
        Target = Target,
        Reason = Reason,
        InteractionReason = InteractionReason,
        RuleIds = [.. _rules],
        Facts = new Dictionary<string, string>(_facts, StringComparer.Ordinal),
        Explanation = string.Join(" ", _explanation),
        At = now,
        Fallback = Fallback,
        OfferTimeout = OfferTimeout,
        InvoicesToAnnounce = [.. InvoicesToAnnounce],
        InvoicesToWaive = [.. InvoicesToWaive],
        FollowUp = FollowUp,
        AskForContact = AskForContact,
        DiscountPercent = DiscountPercent,
        HoldForHolder = HoldForHolder,
        CopyToHolder = CopyToHolder,
        IssueProtocol = IssueProtocol,
    };
}
