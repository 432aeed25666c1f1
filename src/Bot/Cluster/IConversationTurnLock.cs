using ContactCentre.Bot.Persistence;

namespace ContactCentre.Bot.Cluster;

/// <summary>
/// Cluster-wide per-conversation ordering: the in-process <c>ConversationLocks</c> keeps one node's turns of a
/// conversation in line; this keeps two nodes' turns of it in line. Called inside the turn's unit of work before
/// the conversation is read; the lock lasts until that unit's transaction ends (commit, rollback or a dead
/// connection), so a node killed mid-turn frees it with its connection.
/// </summary>
public interface IConversationTurnLock
{
    /// <summary>
    /// Takes the lock of <paramref name="conversationKey"/> for the rest of <paramref name="db"/>'s current
    /// transaction, starting one when there is none (the caller commits it after SaveChanges). Several keys may be
    /// taken in one transaction (group commit); take them in ordinal order to rule out deadlocks between nodes.
    /// </summary>
    Task EnterAsync(ContactCentreDbContext db, string conversationKey, CancellationToken cancellationToken);
}
