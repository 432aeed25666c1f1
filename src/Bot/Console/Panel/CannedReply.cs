namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>A ready-made answer an agent picks to fill the composer (respostas prontas); edited by managers.</summary>
public sealed class CannedReply
{
    public required Guid Id { get; init; }
    public required string Title { get; set; }
    public required string Text { get; set; }

    /// <summary>Only agents of this team see it (sales, support, central); null = everyone.</summary>
    public string? Team { get; set; }

    public int Order { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
