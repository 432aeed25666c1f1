using System.Collections.Concurrent;
using ContactCentre.Bot.Flows.Versions;

namespace ContactCentre.Bot.Flows;

/// <summary>The flows shipped in the assembly, as version 0: what runs until a manager publishes one. A name with none runs the default flow.</summary>
public sealed class EmbeddedFlowCatalog : IFlowCatalog
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledFlow>> _flows = new(StringComparer.Ordinal);

    public Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken)
    {
        var shipped = !EmbeddedFlows.Exists(name) ? Dialogs.DialogEngine.DefaultFlowName : name;
        return Task.FromResult(_flows.GetOrAdd(shipped, n => new Lazy<CompiledFlow>(() => new CompiledFlow(FlowParser.LoadEmbedded(n), 0))).Value);
    }
}
