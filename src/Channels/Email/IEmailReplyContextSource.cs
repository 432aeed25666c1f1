using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.Email;

/// <summary>
/// Finds, for an outbound e-mail activity, the mail it answers. The host implements it from the
/// conversation's transcript, so the adapter keeps no state and touches no database.
/// </summary>
public interface IEmailReplyContextSource
{
    Task<EmailReplyContext?> FindAsync(Activity outbound, CancellationToken cancellationToken);
}
