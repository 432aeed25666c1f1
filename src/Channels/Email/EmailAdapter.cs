using System.Net.Sockets;
using ContactCentre.Channels.Abstractions;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace ContactCentre.Channels.Email;

/// <summary>
/// The e-mail channel's sending side: the activity becomes a threaded answer (<see cref="EmailComposer"/>)
/// sent over SMTP. Its Message-ID is fixed by the outbox row, so even the one resend window (a crash
/// after the server accepted) gives the customer's client the same Message-ID, which it folds together.
/// Reading the mailbox is <see cref="ImapMailbox"/>'s, driven by the host.
/// </summary>
public sealed class EmailAdapter(IOptions<EmailOptions> options, IEmailReplyContextSource? contexts = null) : IChannelAdapter
{
    public string ChannelId => EmailInboundMapper.Channel;

    public double MaxMessagesPerSecond => options.Value.MaxMessagesPerSecond;

    public async Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var o = options.Value;
        if (activity.Recipient?.Id is not { } to || !MimeKit.MailboxAddress.TryParse(to, out _))
        {
            return SendResult.Refused($"'{activity.Recipient?.Id}' is not an e-mail address.");
        }

        var context = contexts is null ? null : await contexts.FindAsync(activity, cancellationToken);
        var message = EmailComposer.Compose(activity, context, o);
        using var smtp = new SmtpClient { Timeout = 60_000 };
        try
        {
            await smtp.ConnectAsync(o.Smtp.Host, o.Smtp.Port, o.Smtp.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (o.Smtp.User.Length > 0)
            {
                await smtp.AuthenticateAsync(o.Smtp.User, o.Smtp.Password, cancellationToken);
            }

            await smtp.SendAsync(message, cancellationToken);
            await smtp.DisconnectAsync(true, cancellationToken);
            return SendResult.Ok(message.MessageId);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
        {
            return SendResult.Refused($"The SMTP server refused the recipient: {e.Message}");
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode == SmtpErrorCode.MessageNotAccepted)
        {
            return SendResult.Refused($"The SMTP server refused the message: {e.Message}");
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or ServiceNotConnectedException
            or IOException or SocketException or SslHandshakeException)
        {
            // 4xx, a dropped connection, a server restarting, a login problem: worth another try (the outbox backs off).
            return SendResult.TryLater($"SMTP: {e.Message}");
        }
    }
}
