namespace ContactCentre.Channels.Email;

/// <summary>
/// Settings under "Channels:Email": the mailbox the bot reads over IMAP and the SMTP server it answers
/// through. The channel is on when <see cref="Address"/>, <c>Imap:Host</c> and <c>Smtp:Host</c> are set.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Channels:Email";

    /// <summary>The bot's address: the From of every answer, and mail from it is never answered (no loops).</summary>
    public string Address { get; set; } = "";

    public string DisplayName { get; set; } = "Atendimento";

    /// <summary>Without IMAP IDLE, how often the mailbox is searched; with IDLE, the longest wait between searches.</summary>
    public double PollSeconds { get; set; } = 30;

    /// <summary>Use IDLE when the server offers it (new mail is read at once); false always polls.</summary>
    public bool UseIdle { get; set; } = true;

    /// <summary>The folder read for customer mail.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>
    /// Unseen mail delivered more than this many days ago is left alone (for people to read): pointing the bot
    /// at a mailbox with a backlog must not answer months-old mail.
    /// </summary>
    public int MaxAgeDays { get; set; } = 7;

    public EmailServerOptions Imap { get; set; } = new() { Port = 993, UseSsl = true };
    public EmailServerOptions Smtp { get; set; } = new() { Port = 587 };

    public double MaxMessagesPerSecond { get; set; } = 2;

    /// <summary>Larger attachments are listed in the transcript but not stored (they stay in the mailbox).</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// A commercial PDFsharp license for the quotes' PDF; empty selects PDFsharp's AGPL-3.0 license, whose terms
    /// then apply to the product.
    /// </summary>
    public string PdfSharpLicense { get; set; } = "";

    public bool IsEnabled => Address.Length > 0 && Imap.Host.Length > 0 && Smtp.Host.Length > 0;

    /// <summary>The domain of <see cref="Address"/>, for the Message-IDs we make.</summary>
    public string Domain => Address.Contains('@', StringComparison.Ordinal) ? Address[(Address.LastIndexOf('@') + 1)..] : "localhost";
}
