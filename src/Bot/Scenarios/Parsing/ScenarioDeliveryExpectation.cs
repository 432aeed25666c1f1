namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary><c>expect.delivered</c>: a message that reached the customer's channel in a turn.</summary>
public sealed record ScenarioDeliveryExpectation
{
    /// <summary><c>channel</c>: lower case, one of <see cref="ScenarioVocabulary.Channels"/>, or null for any.</summary>
    public string? Channel { get; init; }

    /// <summary><c>contains</c>: every string occurs in the message.</summary>
    public required IReadOnlyList<string> Contains { get; init; }
}
