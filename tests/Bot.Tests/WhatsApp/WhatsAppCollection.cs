namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>
/// The WhatsApp tests that run a host measure waits and quiet periods against the clock: one at a time,
/// so they do not starve each other of the machine's two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WhatsAppCollection
{
    public const string Name = "WhatsApp";
}
