namespace ContactCentre.Channels.WebChat;

/// <summary>
/// Durable Direct Line state: conversations and their ordered activity logs (the watermark is the sequence),
/// so polling, reconnects and page reloads survive restarts and work across nodes. Implemented by the host.
/// </summary>
public interface IDirectLineStore
{
    Task<DirectLineConversationInfo?> FindConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task CreateConversationAsync(DirectLineConversationInfo conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an activity with the next sequence and a server timestamp (strictly increasing within the
    /// conversation). Idempotent: an activity whose id, or whose client activity id, is already in the log
    /// is not appended again; the stored one is returned with <c>Appended = false</c>.
    /// </summary>
    /// <param name="activityId">The id clients will see; null = "{conversationId}|{sequence}", as Direct Line numbers them.</param>
    /// <param name="wire">The wire activity without id and timestamp; the store sets both.</param>
    Task<(DirectLineStoredActivity Activity, bool Appended)> AppendAsync(string conversationId, string? activityId, string? clientActivityId,
        System.Text.Json.Nodes.JsonObject wire, CancellationToken cancellationToken);

    /// <summary>Activities after <paramref name="afterSequence"/> in order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DirectLineStoredActivity>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken);

    Task<DirectLineStoredActivity?> FindByClientActivityIdAsync(string conversationId, string clientActivityId, CancellationToken cancellationToken);

    Task SaveFileAsync(DirectLineFile file, DateTimeOffset now, CancellationToken cancellationToken);

    Task<DirectLineFile?> FindFileAsync(Guid id, CancellationToken cancellationToken);
}
