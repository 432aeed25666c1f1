namespace ContactCentre.Bot.Flows;

/// <summary>The flows shipped in the assembly, as version 0: what runs until a manager publishes one.</summary>
public sealed class EmbeddedFlowCatalog : IFlowCatalog
{
    private readonly Lazy<CompiledFlow> _default = new(() => new CompiledFlow(FlowParser.LoadEmbedded(), 0));

    public Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken) => Task.FromResult(_default.Value);
}
