namespace ContactCentre.Bot.Tests.Runtime;

/// <summary>
/// The crash and concurrency tests measure the message path under load and against the clock (leases,
/// settle periods); run them one at a time so they do not starve each other of CPU and disk.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RuntimeCollection
{
    public const string Name = "Runtime";
}
