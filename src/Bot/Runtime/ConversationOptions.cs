namespace ContactCentre.Bot.Runtime;

/// <summary>Settings under "Conversations".</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversations";

    /// <summary>A conversation with no message either way for this long ends; the next message opens a new one.</summary>
    public int IdleMinutes { get; set; } = 60;

    /// <summary>How often the offer sweeper looks for lapsed offers (R6) and idle conversations.</summary>
    public double SweepSeconds { get; set; } = 1;
}
