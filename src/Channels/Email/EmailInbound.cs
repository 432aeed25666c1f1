using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.Email;

/// <summary>
/// One mail as read from the mailbox: the activity (its conversation is provisionally the mail's own
/// Message-ID, the thread root of a new thread) and what threading needs: the Message-IDs it answers and
/// our subject token. <see cref="AutomaticBecause"/> set means it must never be answered.
/// </summary>
public sealed record EmailInbound(Activity Activity, IReadOnlyList<string> Referenced, string? Token, string? AutomaticBecause, IReadOnlyList<EmailFile> Files)
{
    public string MessageId => Activity.Id!;
}
