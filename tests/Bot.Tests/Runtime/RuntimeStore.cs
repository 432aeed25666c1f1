using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Runtime;

/// <summary>A temporary SQLite file the tests hand to a host (in process or a child) and read back.</summary>
internal sealed class RuntimeStore : IDisposable
{
    public RuntimeStore()
    {
        File = Path.Combine(Path.GetTempPath(), $"cc-runtime-{Guid.NewGuid():N}.db");
        Stores = new StoreFactory(new DatabaseOptions { ConnectionString = ConnectionString, SeedDemoData = false });
    }

    public string File { get; }
    public string ConnectionString => $"Data Source={File}";
    public StoreFactory Stores { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { File, File + "-wal", File + "-shm" })
        {
            try
            {
                System.IO.File.Delete(path);
            }
            catch (IOException)
            {
                // a temp file left behind is harmless
            }
        }
    }

    /// <summary>What a store says about turns and replies, read in one go.</summary>
    public static async Task<StoreSnapshot> ReadAsync(StoreFactory stores)
    {
        await using var db = stores.Create();
        var claims = await db.InboundClaims.AsNoTracking().ToListAsync();
        var transcript = await db.Transcript.AsNoTracking().ToListAsync();
        var outbox = await db.Outbox.AsNoTracking().ToListAsync();
        var conversations = await db.Conversations.AsNoTracking().CountAsync();
        return new StoreSnapshot(claims, [.. transcript.OrderBy(t => t.ConversationId, StringComparer.Ordinal).ThenBy(t => t.Sequence)], outbox, conversations);
    }
}

internal sealed record StoreSnapshot(IReadOnlyList<InboundClaim> Claims, IReadOnlyList<TranscriptEntry> Transcript, IReadOnlyList<OutboxMessage> Outbox, int Conversations)
{
    public IReadOnlyList<TranscriptEntry> InboundLines(string providerId) =>
        [.. Transcript.Where(t => t.Kind == TranscriptKind.Inbound && Activity(t).Id == providerId)];

    public IReadOnlyList<TranscriptEntry> OutboundLinesReplyingTo(string providerId) =>
        [.. Transcript.Where(t => t.Kind == TranscriptKind.Outbound && Activity(t).ReplyToId == providerId)];

    public IReadOnlyList<OutboxMessage> RepliesTo(string providerId) =>
        [.. Outbox.Where(m => string.Equals(m.ReplyToProviderId, providerId, StringComparison.Ordinal))];

    public static Activity Activity(TranscriptEntry entry) => ActivityJson.Deserialize(entry.ActivityJson);
}
