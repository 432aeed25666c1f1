namespace ContactCentre.Channels.Email;

/// <summary>One mail server (IMAP or SMTP): where, how secured, and the login (empty user = no login).</summary>
public sealed class EmailServerOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; }

    /// <summary>true: TLS from the first byte (993, 465); false: STARTTLS when the server offers it (143, 587), plain otherwise.</summary>
    public bool UseSsl { get; set; }

    public string User { get; set; } = "";
    public string Password { get; set; } = "";
}
