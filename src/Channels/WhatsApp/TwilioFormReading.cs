namespace ContactCentre.Channels.WhatsApp;

/// <summary>A webhook body that passed the checks (its form pairs), or the HTTP status and reason to answer with.</summary>
public sealed record TwilioFormReading(IReadOnlyList<KeyValuePair<string, string>>? Form, int Status, string? Problem)
{
    public bool IsAccepted => Form is not null;

    public static TwilioFormReading Reject(int status, string problem) => new(null, status, problem);
}
