using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Cluster;

/// <summary>
/// PostgreSQL: a transaction-scoped advisory lock on a 64-bit hash of the key. The server releases it at commit
/// or rollback, and when a killed node's connection drops, so no lease, no fencing token and no clean-up are
/// needed: the store that holds the turn's writes is the one that orders them. A hash collision only makes two
/// conversations wait for each other now and then; it never lets two turns of one conversation interleave.
/// </summary>
public sealed class PostgresAdvisoryTurnLock : IConversationTurnLock
{
    public async Task EnterAsync(ContactCentreDbContext db, string conversationKey, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({conversationKey}, 0))", cancellationToken);
    }
}
