namespace ContactCentre.Bot.Flows;

/// <summary>A node of a flow document; which properties apply depends on <see cref="Type"/> (see <see cref="FlowNodeType"/>).</summary>
public sealed class FlowNode
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";

    /// <summary>say / ask: a key of the flow's <c>replies</c>, or literal text.</summary>
    public string? Text { get; set; }

    public string? Next { get; set; }

    // ask
    public string? Variable { get; set; }
    public string? Kind { get; set; }
    public List<string>? Choices { get; set; }
    public string? Retry { get; set; }
    public int MaxRetries { get; set; } = 2;

    /// <summary>ask: where to go after <see cref="MaxRetries"/> invalid answers (default: the flow's human handoff).</summary>
    public string? OnFail { get; set; }

    // branch
    public string? On { get; set; }
    public Dictionary<string, string>? Cases { get; set; }
    public List<FlowCondition>? Conditions { get; set; }
    public string? Default { get; set; }

    // action
    public string? Action { get; set; }
    public Dictionary<string, string>? With { get; set; }
    public Dictionary<string, string>? Outcomes { get; set; }

    // call
    public string? Target { get; set; }

    /// <summary>Every node id this node can lead to (for validation and the studio's graph).</summary>
    public IEnumerable<string> Targets()
    {
        foreach (var target in new[] { Next, OnFail, Default, Target })
        {
            if (!string.IsNullOrEmpty(target))
            {
                yield return target;
            }
        }

        foreach (var target in (Cases?.Values.AsEnumerable() ?? []).Concat(Outcomes?.Values.AsEnumerable() ?? []).Concat(Conditions?.Select(c => c.Goto) ?? []))
        {
            yield return target;
        }
    }
}
