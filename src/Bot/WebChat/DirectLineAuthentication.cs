namespace ContactCentre.Bot.WebChat;

/// <summary>The outcome of checking a request's Authorization header: a caller, or the error to answer with.</summary>
internal sealed record DirectLineAuthentication(DirectLineCaller? Caller, IResult? Error)
{
    public static DirectLineAuthentication Fail(IResult error) => new(null, error);
}
