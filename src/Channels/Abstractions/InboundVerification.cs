namespace ContactCentre.Channels.Abstractions;

/// <summary>The outcome of reading a webhook: an activity, or the HTTP status and reason to answer with.</summary>
public sealed record InboundVerification(Activity? Activity, int Status, string? Problem)
{
    public static InboundVerification Accept(Activity activity) => new(activity, 200, null);

    public static InboundVerification Reject(int status, string problem) => new(null, status, problem);

    public bool IsAccepted => Activity is not null;
}
