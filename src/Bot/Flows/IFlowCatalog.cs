namespace ContactCentre.Bot.Flows;

/// <summary>Where the running flow comes from: the active published version, picked up without a restart.</summary>
public interface IFlowCatalog
{
    Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken);
}
