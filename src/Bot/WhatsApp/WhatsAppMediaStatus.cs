namespace ContactCentre.Bot.WhatsApp;

public enum WhatsAppMediaStatus
{
    /// <summary>Registered with its message; the fetcher will download it.</summary>
    Pending,

    /// <summary>Downloaded and kept: served to agents.</summary>
    Stored,

    /// <summary>Its URL is not on Twilio's hosts (or the allow-list): never requested.</summary>
    Rejected,

    /// <summary>Download failed for good (gone, too large, redirected off Twilio's hosts, attempts used up).</summary>
    Failed,
}
