namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Where a customer's message comes from (<c>from: { channel, address }</c>).</summary>
public sealed record ScenarioSender
{
    /// <summary>Lower case: one of <see cref="ScenarioVocabulary.Channels"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>
    /// The address on that channel, as written: whatsapp an E.164 phone, email an address,
    /// telegram a chat id, webchat any visitor id.
    /// </summary>
    public required string Address { get; init; }
}
