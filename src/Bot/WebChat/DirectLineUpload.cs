namespace ContactCentre.Bot.WebChat;

/// <summary>A file a customer uploaded through Direct Line; served by its random id.</summary>
public sealed class DirectLineUpload
{
    public required Guid Id { get; init; }
    public required string ConversationId { get; init; }
    public required string ContentType { get; init; }
    public required string Name { get; init; }
    public required byte[] Content { get; init; }
    public required DateTimeOffset At { get; init; }
}
