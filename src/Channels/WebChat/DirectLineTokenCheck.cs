namespace ContactCentre.Channels.WebChat;

/// <summary>The outcome of reading a token: the grant when valid, otherwise why not.</summary>
public sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, DirectLineToken? Token)
{
    public static readonly DirectLineTokenCheck Invalid = new(DirectLineTokenStatus.Invalid, null);

    public bool IsValid => Status == DirectLineTokenStatus.Valid;
}
