namespace ContactCentre.Bot.Outbound.FollowUps;

/// <summary>Where a follow-up is written: the channel and address, the mail thread, and the e-mail it answers (threading).</summary>
public sealed record FollowUpTarget(string Channel, string Address, string? ThreadId, string? ReplyToActivityId);
