using System.Text.Json;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>A stored transcript entry as the console shows it: attachments from the activity, delivery status from the outbox.</summary>
public static class TranscriptLines
{
    public static TranscriptLine From(TranscriptEntry entry, string senderName, IReadOnlyDictionary<Guid, OutboxStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(statuses);
        var attachments = new List<AttachmentView>();
        string? status = null;
        using (var activity = JsonDocument.Parse(entry.ActivityJson))
        {
            var root = activity.RootElement;
            if (root.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in list.EnumerateArray())
                {
                    attachments.Add(new AttachmentView(Text(a, "name"), Text(a, "contentUrl"), Text(a, "contentType")));
                }
            }

            if (entry.Kind == TranscriptKind.Outbound && Guid.TryParse(Text(root, "id"), out var id) && statuses.TryGetValue(id, out var sent))
            {
                status = sent.ToString().ToLowerInvariant();
            }
        }

        return new TranscriptLine(entry.Sequence, KindName(entry), entry.Sender, senderName, entry.Text, entry.At, attachments, status);
    }

    /// <summary>inbound, outbound, event, note — the console styles each differently.</summary>
    public static string KindName(TranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind.ToString().ToLowerInvariant();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
