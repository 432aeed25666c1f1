using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Handoff;

/// <summary>What the customer is told on arriving at a handoff, besides "I am transferring you".</summary>
public sealed record ArrivalNotice(ArrivalKind Kind, TimeSpan? EstimatedWait = null, DateTimeOffset? NextOpening = null, Schedule? FollowUp = null)
{
    public static ArrivalNotice None { get; } = new(ArrivalKind.None);
}

public enum ArrivalKind
{
    /// <summary>Someone can take it now (or it is offered to one person): nothing more to say.</summary>
    None,

    /// <summary>Nobody in the team is free: the customer hears the expected wait, or that it is unknown.</summary>
    Wait,

    /// <summary>Out of business hours: the conversation stays with the bot and a follow-up is scheduled.</summary>
    OutOfHours,
}
