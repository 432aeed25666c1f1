namespace ContactCentre.Bot.Knowledge;

/// <summary>A knowledge-base answer the bot tries before handing a support question to people (R16).</summary>
public sealed class KnowledgeEntry
{
    public required Guid Id { get; init; }
    public List<string> Examples { get; set; } = [];
    public required string Answer { get; set; }
    public bool Active { get; set; } = true;
}
