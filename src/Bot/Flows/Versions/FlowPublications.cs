namespace ContactCentre.Bot.Flows.Versions;

/// <summary>
/// Tells this process's flow catalog that a version was just published here, so it is picked up on the
/// next turn; other processes see it at their next periodic check.
/// </summary>
public sealed class FlowPublications
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Published(string flowName) => Interlocked.Increment(ref _generation);
}
