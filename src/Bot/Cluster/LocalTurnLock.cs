using ContactCentre.Bot.Persistence;

namespace ContactCentre.Bot.Cluster;

/// <summary>
/// SQLite: the database is a file of one node, so the in-process lock already orders a conversation's turns
/// (and SQLite serialises writers anyway); nothing more to take.
/// </summary>
public sealed class LocalTurnLock : IConversationTurnLock
{
    public Task EnterAsync(ContactCentreDbContext db, string conversationKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
