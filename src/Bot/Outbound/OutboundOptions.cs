using ContactCentre.Domain.Campaigns;

namespace ContactCentre.Bot.Outbound;

/// <summary>Settings under "Outbound": when the bot may start contacts, what a message costs, and the two workers.</summary>
public sealed class OutboundOptions
{
    public const string SectionName = "Outbound";

    /// <summary>Local time (Routing:TimeZone) from which contacts start, "HH:mm".</summary>
    public string SendFrom { get; set; } = "09:00";

    /// <summary>Local time until which contacts start, "HH:mm"; at or before SendFrom means until midnight.</summary>
    public string SendUntil { get; set; } = "18:00";

    /// <summary>Only on business days (Routing:Holidays and weekends excluded).</summary>
    public bool BusinessDaysOnly { get; set; } = true;

    /// <summary>Price of one message per channel (whatsapp, email), for the campaign preview's estimate.</summary>
    public Dictionary<string, decimal> CostPerMessage { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["whatsapp"] = 0.35m, ["email"] = 0m };

    public FollowUpOptions FollowUps { get; set; } = new();
    public CampaignOptions Campaigns { get; set; } = new();

    public SendWindow Window() => new(TimeOnly.Parse(SendFrom, System.Globalization.CultureInfo.InvariantCulture),
        TimeOnly.Parse(SendUntil, System.Globalization.CultureInfo.InvariantCulture), BusinessDaysOnly);

    public static bool IsTime(string? text) => TimeOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _);
}

/// <summary>"Outbound:FollowUps".</summary>
public sealed class FollowUpOptions
{
    /// <summary>The bot works sales-queue follow-ups (R7) itself.</summary>
    public bool Enabled { get; set; } = true;

    public double PollSeconds { get; set; } = 60;
}

/// <summary>"Outbound:Campaigns".</summary>
public sealed class CampaignOptions
{
    public bool Enabled { get; set; } = true;
    public double PollSeconds { get; set; } = 5;

    /// <summary>Recipients queued per transaction; the outbox's per-sender rate limit paces the actual sends.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>A customer message within this many days after a campaign message is its answer.</summary>
    public int ReplyWindowDays { get; set; } = 7;

    /// <summary>A sale within this many days after the campaign message counts as its conversion.</summary>
    public int AttributionDays { get; set; } = 30;
}
