namespace ContactCentre.Channels.Test;

/// <summary>
/// Settings under "Channels:Test": a plain JSON channel for crash tests, load tests and integrations
/// that have no provider of their own. Off unless <see cref="Enabled"/>; inbound needs the shared secret.
/// </summary>
public sealed class TestChannelOptions
{
    public const string SectionName = "Channels:Test";

    public bool Enabled { get; set; }

    /// <summary>Required in the X-Test-Channel-Secret header of every inbound post.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Where outbound activities are POSTed as JSON; empty keeps them only in the outbox.</summary>
    public string SinkUrl { get; set; } = "";

    public double MaxMessagesPerSecond { get; set; } = 1000;
}
