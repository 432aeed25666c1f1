namespace ContactCentre.Bot.Cluster;

/// <summary>Settings under "Cluster".</summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>
    /// Where a node keeps inbound messages it acknowledged while the database could not take them (Twilio does not
    /// retry a 5xx). Local disk of this node; relative paths are from the working directory, like the SQLite file.
    /// </summary>
    public string SpoolDirectory { get; set; } = "spool";

    /// <summary>How often the spool is tried again while it holds messages.</summary>
    public double SpoolRetrySeconds { get; set; } = 1;

    /// <summary>Attempts that failed for a reason other than the database being away before a spooled message is set aside (failed/).</summary>
    public int SpoolMaxAttempts { get; set; } = 10;
}
