namespace ContactCentre.Channels.WebChat;

/// <summary>An activity pushed to open WebSockets: stored (sequence ≥ 1) or transient such as typing (sequence 0).</summary>
public sealed record DirectLineStreamItem(long Sequence, string Json)
{
    public bool IsTransient => Sequence == 0;
}
