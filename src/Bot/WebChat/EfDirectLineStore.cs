using System.Text.Json.Nodes;
using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.WebChat;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// Direct Line state in the product's store. An append takes the next sequence with one UPDATE of the
/// conversation row inside its transaction, which serialises appends of one conversation on every node
/// (row lock on PostgreSQL, the single writer on SQLite), so committed order is sequence order.
/// </summary>
public sealed class EfDirectLineStore(StoreFactory stores, TimeProvider clock) : IDirectLineStore
{
    private const int MaxAttempts = 5;

    public async Task<DirectLineConversationInfo?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var c = await db.Set<DirectLineConversation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        return c is null ? null : new DirectLineConversationInfo(c.Id, c.UserId, c.UserName, c.CreatedAt, c.LastSequence);
    }

    public async Task CreateConversationAsync(DirectLineConversationInfo conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var db = stores.Create();
        db.Add(new DirectLineConversation
        {
            Id = conversation.Id,
            UserId = conversation.UserId,
            UserName = conversation.UserName,
            CreatedAt = conversation.CreatedAt,
            LastActivityAt = conversation.CreatedAt,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<(DirectLineStoredActivity Activity, bool Appended)> AppendAsync(string conversationId, string? activityId, string? clientActivityId,
        JsonObject wire, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, activityId, clientActivityId, wire, pending: false, cancellationToken);

    /// <param name="pending">True for a customer's message: it stays pending until its turn is known to be committed.</param>
    public async Task<(DirectLineStoredActivity Activity, bool Appended)> AppendAsync(string conversationId, string? activityId, string? clientActivityId,
        JsonObject wire, bool pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wire);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = stores.Create();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Write first: on SQLite the write lock is taken before anything is read; on PostgreSQL the row lock.
            var taken = await db.Set<DirectLineConversation>().Where(c => c.Id == conversationId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + 1), cancellationToken);
            if (taken == 0)
            {
                throw new InvalidOperationException($"Direct Line conversation '{conversationId}' does not exist.");
            }

            var existing = await FindDuplicateAsync(db, conversationId, activityId, clientActivityId, cancellationToken);
            if (existing is not null)
            {
                return (existing, false); // disposing rolls the sequence back
            }

            var conversation = await db.Set<DirectLineConversation>().FirstAsync(c => c.Id == conversationId, cancellationToken);
            var at = Later(clock.GetUtcNow(), conversation.LastActivityAt);
            conversation.LastActivityAt = at;
            var sequence = conversation.LastSequence;
            var id = activityId ?? $"{conversationId}|{sequence:D7}";
            wire["id"] = id;
            wire["timestamp"] = DirectLineWire.Timestamp(at);
            var entry = new DirectLineActivityEntry
            {
                ConversationId = conversationId,
                Sequence = sequence,
                ActivityId = id,
                ClientActivityId = clientActivityId,
                Json = wire.ToJsonString(),
                At = at,
                Pending = pending,
            };
            db.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (ToStored(entry), true);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // A concurrent copy (client retry, outbox retry on another node) won the unique key: go round and find it.
            }
        }
    }

    public async Task<IReadOnlyList<DirectLineStoredActivity>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var entries = await db.Set<DirectLineActivityEntry>().AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > afterSequence)
            .OrderBy(a => a.Sequence)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(ToStored)];
    }

    public async Task<DirectLineStoredActivity?> FindByClientActivityIdAsync(string conversationId, string clientActivityId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await FindDuplicateAsync(db, conversationId, null, clientActivityId, cancellationToken);
    }

    public async Task SaveFileAsync(DirectLineFile file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var db = stores.Create();
        db.Add(new DirectLineUpload { Id = file.Id, ConversationId = file.ConversationId, ContentType = file.ContentType, Name = file.Name, Content = file.Content, At = now });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<DirectLineFile?> FindFileAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var upload = await db.Set<DirectLineUpload>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return upload is null ? null : new DirectLineFile(upload.Id, upload.ConversationId, upload.ContentType, upload.Name, upload.Content);
    }

    /// <summary>Customer messages appended before <paramref name="before"/> whose turn was not seen to commit.</summary>
    public async Task<IReadOnlyList<DirectLineStoredActivity>> FindPendingAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var entries = await db.Set<DirectLineActivityEntry>().AsNoTracking()
            .Where(a => a.Pending && a.At < before)
            .OrderBy(a => a.At)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(ToStored)];
    }

    public async Task MarkDoneAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        await db.Set<DirectLineActivityEntry>().Where(a => a.ConversationId == conversationId && a.Sequence == sequence && a.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Pending, false), cancellationToken);
    }

    private static async Task<DirectLineStoredActivity?> FindDuplicateAsync(ContactCentreDbContext db, string conversationId, string? activityId, string? clientActivityId, CancellationToken cancellationToken)
    {
        if (activityId is null && clientActivityId is null)
        {
            return null;
        }

        var entry = await db.Set<DirectLineActivityEntry>().AsNoTracking()
            .Where(a => a.ConversationId == conversationId && ((activityId != null && a.ActivityId == activityId) || (clientActivityId != null && a.ClientActivityId == clientActivityId)))
            .FirstOrDefaultAsync(cancellationToken);
        return entry is null ? null : ToStored(entry);
    }

    /// <summary>Now, truncated to the millisecond Web Chat sorts by, and strictly after the previous activity.</summary>
    private static DateTimeOffset Later(DateTimeOffset now, DateTimeOffset previous)
    {
        var ms = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return ms > previous ? ms : previous.AddMilliseconds(1);
    }

    private static DirectLineStoredActivity ToStored(DirectLineActivityEntry e) => new(e.ConversationId, e.Sequence, e.ActivityId, e.Json);
}
