using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using Microsoft.Data.Sqlite;

namespace ContactCentre.Bench;

/// <summary>
/// The store a busy contact centre has: earlier conversations (closed, each with its claim and a
/// question-and-answer transcript), so the turns measured search indexes of realistic size.
/// </summary>
public static class StoredHistory
{
    /// <summary>
    /// Writes one earlier conversation through the model, then copies it <paramref name="conversations"/> − 1 times
    /// in SQL (new ids and addresses, every other column as written), which takes seconds instead of minutes
    /// and keeps up with columns other parts of the model add.
    /// </summary>
    public static async Task PrefillAsync(StoreFactory stores, int conversations)
    {
        if (conversations <= 0)
        {
            return;
        }

        var at = DateTimeOffset.UtcNow.AddDays(-30);
        await using (var db = stores.Create())
        {
            var conversation = new Conversation
            {
                Id = Key(0),
                Channel = "test",
                CustomerAddress = Address(0),
                ChannelConversationId = Address(0),
                StartedAt = at,
                LastActivityAt = at.AddMinutes(1),
                LastInboundAt = at,
                ClosedAt = at.AddMinutes(31),
                ClosedReason = "idle",
                StateJson = """{"flow":"default","flowVersion":0,"started":true}""",
            };
            db.Conversations.Add(conversation);
            var question = new Activity { Id = "history-0", ChannelId = conversation.Channel, Text = "quanto custa uma pesquisa?", Timestamp = at,
                From = new ChannelAccount(conversation.CustomerAddress, Role: "user"), Conversation = new ConversationAccount(conversation.CustomerAddress) };
            db.InboundClaims.Add(new InboundClaim { Channel = conversation.Channel, ProviderMessageId = question.Id, ConversationId = conversation.Id, ReceivedAt = at });
            ConversationWriter.AppendTranscript(db, conversation, TranscriptKind.Inbound, "customer", question, at);
            var answer = ConversationWriter.Outbound(conversation, TurnContext.BotAccount, "Pesquisa de bens: R$ 45,00 por pesquisa.", at, replyToId: question.Id);
            ConversationWriter.AppendTranscript(db, conversation, TranscriptKind.Outbound, "bot", answer, at);
            await db.SaveChangesAsync();
        }

        using var connection = new SqliteConnection(stores.Options.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var key = "printf('history%08d', n.i)";
        var address = "printf('+55218%08d', n.i)";
        Copy(connection, conversations, "Conversations", "Id", new() { ["Id"] = key, ["CustomerAddress"] = address, ["ChannelConversationId"] = address });
        Copy(connection, conversations, "InboundClaims", "ConversationId", new() { ["ProviderMessageId"] = "printf('history-%d', n.i)", ["ConversationId"] = key });
        Copy(connection, conversations, "Transcript", "ConversationId", new() { ["Id"] = "printf('%08X-%04X-4000-8000-000000000000', n.i, t.Sequence)", ["ConversationId"] = key });
        transaction.Commit();
    }

    private static string Key(int n) => $"history{n:D8}";

    private static string Address(int n) => $"+55218{n:D8}";

    /// <summary>INSERT … SELECT of the first conversation's rows of <paramref name="table"/> for numbers 1 … count − 1.</summary>
    private static void Copy(SqliteConnection connection, int count, string table, string keyColumn, Dictionary<string, string> replaced)
    {
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $last)
            INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", columns.Select(c => replaced.GetValueOrDefault(c) ?? $"t.\"{c}\""))}
            FROM n CROSS JOIN "{table}" AS t WHERE t."{keyColumn}" = $first
            """;
        command.Parameters.AddWithValue("$last", count - 1);
        command.Parameters.AddWithValue("$first", Key(0));
        command.ExecuteNonQuery();
    }

    /// <summary>Folds the WAL into the file, so a copy of the file alone is the whole store.</summary>
    public static void Checkpoint(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }
}
