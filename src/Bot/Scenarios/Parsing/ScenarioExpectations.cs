namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>
/// What must hold after a turn (<c>expect:</c>). Every key is optional: a null property (or an empty
/// <see cref="None"/>) checks nothing.
/// </summary>
public sealed record ScenarioExpectations
{
    /// <summary>No expectations: the turn only has to run without error.</summary>
    public static ScenarioExpectations None { get; } = new();

    /// <summary><c>reply</c>: checks on the bot's replies of the turn.</summary>
    public ScenarioReplyExpectation? Reply { get; init; }

    /// <summary><c>invoices_mentioned</c>: exactly these open invoices were announced (an empty list means none).</summary>
    public IReadOnlyList<string>? InvoicesMentioned { get; init; }

    /// <summary><c>quote</c>: the quote produced in the turn.</summary>
    public ScenarioQuoteExpectation? Quote { get; init; }

    /// <summary><c>handoff</c>: who holds the conversation.</summary>
    public ScenarioHandoffExpectation? Handoff { get; init; }

    /// <summary><c>rules</c>: rule ids that must be among the routing decision's.</summary>
    public IReadOnlyList<string>? Rules { get; init; }

    /// <summary><c>schedule_created</c>: a schedule created in the turn.</summary>
    public ScenarioScheduleExpectation? ScheduleCreated { get; init; }

    /// <summary><c>schedule_removed</c>: the id of a declared schedule removed in the turn.</summary>
    public string? ScheduleRemoved { get; init; }

    /// <summary><c>commission</c>: the commission of a sale closed in the turn.</summary>
    public ScenarioCommissionExpectation? Commission { get; init; }

    /// <summary><c>protocol</c>: whether a complaint protocol number was issued and appears in the reply.</summary>
    public bool? Protocol { get; init; }

    /// <summary><c>delivered</c>: a message sent to the customer's channel.</summary>
    public ScenarioDeliveryExpectation? Delivered { get; init; }

    /// <summary><c>logged</c>: an interaction recorded on the customer.</summary>
    public ScenarioLogExpectation? Logged { get; init; }

    /// <summary><c>follow_up</c>: the bot's follow-up of the customer's sales-queue schedule.</summary>
    public ScenarioFollowUpExpectation? FollowUp { get; init; }

    /// <summary>True when no key was given.</summary>
    public bool IsEmpty =>
        Reply is null && InvoicesMentioned is null && Quote is null && Handoff is null && Rules is null
        && ScheduleCreated is null && ScheduleRemoved is null && Commission is null && Protocol is null
        && Delivered is null && Logged is null && FollowUp is null;
}
