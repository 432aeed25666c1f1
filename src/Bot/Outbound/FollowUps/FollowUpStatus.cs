namespace ContactCentre.Bot.Outbound.FollowUps;

/// <summary>Sent: waiting for the answer. Answered: the answer went through the flow. Unanswered: logged (R1), schedule ended (R5). Skipped: never sent (opt-out, unreachable).</summary>
public enum FollowUpStatus
{
    Sent,
    Answered,
    Unanswered,
    Skipped,
}
