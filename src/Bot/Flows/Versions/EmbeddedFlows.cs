namespace ContactCentre.Bot.Flows.Versions;

/// <summary>The flow documents shipped in the assembly (<c>NAME.flow.yaml</c>): each flow's version 0.</summary>
public static class EmbeddedFlows
{
    /// <summary>True when the assembly ships a flow of this name (without reading it).</summary>
    public static bool Exists(string name) => typeof(FlowParser).Assembly.GetManifestResourceInfo($"{name}.flow.yaml") is not null;

    public static string? Read(string name)
    {
        using var stream = typeof(FlowParser).Assembly.GetManifestResourceStream($"{name}.flow.yaml");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
