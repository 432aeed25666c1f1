namespace ContactCentre.Channels.WebChat;

public enum DirectLineTokenStatus
{
    Valid,

    /// <summary>Not one of ours: malformed, bad signature, or meant for another use (a stream token on REST).</summary>
    Invalid,

    /// <summary>Signed by us but past its expiry.</summary>
    Expired,
}
