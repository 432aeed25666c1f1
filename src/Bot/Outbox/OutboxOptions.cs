namespace ContactCentre.Bot.Outbox;

/// <summary>Settings under "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Poll interval when nothing signals new rows (rows from other nodes, retries coming due).</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>Attempts before a message is marked failed and shown to agents.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubles each attempt (with jitter) up to <see cref="MaxBackoffSeconds"/>.</summary>
    public double BaseBackoffSeconds { get; set; } = 1;

    public double MaxBackoffSeconds { get; set; } = 300;

    /// <summary>How long a node owns a message it is sending before another may retry it.</summary>
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>Rows taken per drain.</summary>
    public int BatchSize { get; set; } = 200;
}
