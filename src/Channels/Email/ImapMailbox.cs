using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace ContactCentre.Channels.Email;

/// <summary>
/// One IMAP session on the bot's folder: list unseen mail, read a message without marking it (BODY.PEEK),
/// mark it seen once its turn is stored, and wait for new mail with IDLE where the server has it.
/// Any failure surfaces as an exception; the reader then drops the session and connects again.
/// </summary>
public sealed class ImapMailbox(EmailOptions options) : IAsyncDisposable
{
    private readonly ImapClient _client = new() { Timeout = 60_000 };
    private IMailFolder? _folder;

    public bool SupportsIdle => _client.Capabilities.HasFlag(ImapCapabilities.Idle);

    private IMailFolder Folder => _folder ?? throw new InvalidOperationException("The mailbox is not open.");

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        var imap = options.Imap;
        await _client.ConnectAsync(imap.Host, imap.Port, imap.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        await _client.AuthenticateAsync(imap.User.Length > 0 ? imap.User : options.Address, imap.Password, cancellationToken);
        _folder = await _client.GetFolderAsync(options.Folder, cancellationToken);
        await _folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
    }

    /// <summary>Unseen messages delivered within <see cref="EmailOptions.MaxAgeDays"/> (IMAP SINCE, by day), oldest first.</summary>
    public async Task<IReadOnlyList<UniqueId>> UnseenAsync(CancellationToken cancellationToken)
    {
        var since = DateTime.UtcNow.Date.AddDays(-Math.Max(0, options.MaxAgeDays));
        var uids = await Folder.SearchAsync(SearchQuery.NotSeen.And(SearchQuery.DeliveredAfter(since)), cancellationToken);
        return [.. uids.OrderBy(u => u.Id)];
    }

    /// <summary>The whole message; MailKit fetches BODY.PEEK[], so reading does not mark it seen.</summary>
    public Task<MimeMessage> ReadAsync(UniqueId uid, CancellationToken cancellationToken) => Folder.GetMessageAsync(uid, cancellationToken);

    public Task MarkSeenAsync(UniqueId uid, CancellationToken cancellationToken) =>
        Folder.StoreAsync(uid, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Silent = true }, cancellationToken);

    /// <summary>Returns when new mail may have arrived: at once on IDLE's notice, else after <paramref name="atMost"/>.</summary>
    public async Task WaitAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        if (!options.UseIdle || !SupportsIdle)
        {
            await Task.Delay(atMost, cancellationToken);
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        done.CancelAfter(atMost);
        void OnNewMail(object? sender, EventArgs e) => done.Cancel();
        Folder.CountChanged += OnNewMail;
        try
        {
            await _client.IdleAsync(done.Token, cancellationToken);
        }
        finally
        {
            Folder.CountChanged -= OnNewMail;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _client.DisconnectAsync(true, quick.Token);
            }
        }
        catch (Exception e) when (e is IOException or ImapProtocolException or ImapCommandException or OperationCanceledException or InvalidOperationException)
        {
            // A session that is going away anyway.
        }

        _client.Dispose();
    }
}
