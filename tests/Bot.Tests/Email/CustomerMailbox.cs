using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>
/// Delivers a customer's mail into the bot's mailbox the way a mail server would (IMAP APPEND, unseen),
/// and tells whether the bot has marked a message seen.
/// </summary>
public sealed class CustomerMailbox(MailServers servers, string botAddress)
{
    public async Task DeliverAsync(MimeMessage message, DateTimeOffset? deliveredAt = null)
    {
        using var client = await ConnectAsync();
        await client.Inbox.AppendAsync(new AppendRequest(message, MessageFlags.None) { InternalDate = deliveredAt });
        await client.DisconnectAsync(true);
    }

    /// <summary>Whether the message with this Message-ID carries \Seen; null when it is not in the mailbox.</summary>
    public async Task<bool?> IsSeenAsync(string? messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        using var client = await ConnectAsync();
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var uids = await client.Inbox.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId));
        if (uids.Count == 0)
        {
            return null;
        }

        var summaries = await client.Inbox.FetchAsync(uids, new FetchRequest(MessageSummaryItems.Flags));
        await client.DisconnectAsync(true);
        return summaries.All(s => s.Flags?.HasFlag(MessageFlags.Seen) == true);
    }

    public async Task WaitSeenAsync(string? messageId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await IsSeenAsync(messageId) != true)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{messageId} was not marked seen within {timeout}.");
            }

            await Task.Delay(100);
        }
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient { Timeout = 30_000 };
        await client.ConnectAsync("127.0.0.1", servers.ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(botAddress, MailServers.Password);
        return client;
    }
}
