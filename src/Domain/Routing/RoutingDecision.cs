using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing;

/// <summary>
/// The policy's answer to one request: who attends, which rules fired, the facts they used,
/// a pt-BR explanation for the agent, and what the turn must also do (announce invoices,
/// waive debt, create a follow-up…). A value: stored as is and shown to the agent.
/// </summary>
public sealed record RoutingDecision
{
    public required RoutingTarget Target { get; init; }

    /// <summary>Handoff reason as routing-rules.md writes it (complaint, undecided-prospect, duplicate-record…).</summary>
    public required string Reason { get; init; }

    /// <summary>R1's reason for the interaction record.</summary>
    public required InteractionReason InteractionReason { get; init; }

    public required IReadOnlyList<string> RuleIds { get; init; }
    public required IReadOnlyDictionary<string, string> Facts { get; init; }
    public required string Explanation { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>R6: if the offered agent does not accept within <see cref="OfferTimeout"/>, this target gets it.</summary>
    public RoutingTarget? Fallback { get; init; }

    public TimeSpan? OfferTimeout { get; init; }

    /// <summary>R2: open invoices to tell the customer about (numbers).</summary>
    public IReadOnlyList<string> InvoicesToAnnounce { get; init; } = [];

    /// <summary>R13: invoices to mark waived.</summary>
    public IReadOnlyList<string> InvoicesToWaive { get; init; } = [];

    /// <summary>R7: the follow-up schedule to create after the quote.</summary>
    public ScheduleDraft? FollowUp { get; init; }

    /// <summary>R7: an anonymous prospect is asked for a phone or e-mail after the quote.</summary>
    public bool AskForContact { get; init; }

    /// <summary>R13: discount allowed on this sale, in percent (only for campaign contacts).</summary>
    public decimal DiscountPercent { get; init; }

    /// <summary>R15: hold the requested change until the holder confirms.</summary>
    public bool HoldForHolder { get; init; }

    /// <summary>R15: send a copy of a third party's contract to the account holder.</summary>
    public bool CopyToHolder { get; init; }

    /// <summary>R16: issue a complaint protocol number now.</summary>
    public bool IssueProtocol { get; init; }

    public bool IsHandoff => Target.Kind != TargetKind.Bot;
}
