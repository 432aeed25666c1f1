using ContactCentre.Bot.Flows;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>A flow file named by a scenario's <c>flow:</c>, run instead of the product's active flow.</summary>
public sealed class ScenarioFlow
{
    private readonly CompiledFlow _compiled;

    private ScenarioFlow(string file, CompiledFlow compiled)
    {
        File = file;
        _compiled = compiled;
    }

    /// <summary>The flow file.</summary>
    public string File { get; }

    /// <summary>Reads and checks the flow file.</summary>
    /// <exception cref="FormatException">The file is not a valid flow (the message says where and why).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ScenarioFlow Load(string file)
    {
        var text = System.IO.File.ReadAllText(file);
        try
        {
            return new ScenarioFlow(file, new CompiledFlow(FlowParser.Parse(text, file), 0));
        }
        catch (FlowFormatException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>A flow document held in memory (the studio's draft), run as <paramref name="sourceName"/>.</summary>
    /// <exception cref="FormatException">The document is not a valid flow (the message says where and why).</exception>
    public static ScenarioFlow FromContent(string sourceName, string content)
    {
        try
        {
            return new ScenarioFlow(sourceName, new CompiledFlow(FlowParser.Parse(content, sourceName), 0));
        }
        catch (FlowFormatException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>Makes this flow the one the dialog engine runs (registered after <c>AddDialogs</c>: the last registration wins).</summary>
    public void Register(IServiceCollection services) => services.AddSingleton<IFlowCatalog>(new FixedCatalog(_compiled));

    /// <summary>Every flow name resolves to the scenario's flow.</summary>
    private sealed class FixedCatalog(CompiledFlow flow) : IFlowCatalog
    {
        public Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken) => Task.FromResult(flow);
    }
}
