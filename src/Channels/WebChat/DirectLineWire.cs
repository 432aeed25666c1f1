using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.WebChat;

/// <summary>
/// Pure mapping between Direct Line's wire activities (camelCase JSON, as botframework-directlinejs and
/// Web Chat send and read them) and our <see cref="Activity"/>. No I/O.
/// </summary>
public static partial class DirectLineWire
{
    public const string ChannelId = "webchat";
    public const int MaxClientActivityIdLength = 128;

    /// <summary>Validates a posted activity: a JSON object with a type, and well-typed fields where present.</summary>
    public static DirectLineInbound ReadInbound(ReadOnlySpan<byte> body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return DirectLineInbound.Refuse($"The body is not valid JSON: {e.Message}");
        }

        if (node is not JsonObject activity)
        {
            return DirectLineInbound.Refuse("The body must be one activity: a JSON object.");
        }

        if (StringOf(activity, "type") is not { } type || !TypePattern().IsMatch(type))
        {
            return DirectLineInbound.Refuse("The activity needs a 'type' (message, event, typing…).");
        }

        foreach (var name in new[] { "text", "locale", "textFormat", "name" })
        {
            if (activity[name] is { } value && value.GetValueKind() != JsonValueKind.String)
            {
                return DirectLineInbound.Refuse($"'{name}' must be a string.");
            }
        }

        foreach (var name in new[] { "from", "channelData", "conversation" })
        {
            if (activity[name] is { } value && value is not JsonObject)
            {
                return DirectLineInbound.Refuse($"'{name}' must be an object.");
            }
        }

        if (activity["attachments"] is { } attachments
            && (attachments is not JsonArray list || list.Any(a => a is not JsonObject o || StringOf(o, "contentType") is null)))
        {
            return DirectLineInbound.Refuse("'attachments' must be a list of objects, each with a 'contentType'.");
        }

        var inbound = new DirectLineInbound(activity, null);
        if (activity["channelData"] is JsonObject data && data["clientActivityID"] is { } clientId
            && (clientId.GetValueKind() != JsonValueKind.String || inbound.ClientActivityId!.Length is 0 or > MaxClientActivityIdLength))
        {
            return DirectLineInbound.Refuse($"'channelData.clientActivityID' must be a string of 1 to {MaxClientActivityIdLength} characters.");
        }

        if (type == ActivityTypes.Message && string.IsNullOrWhiteSpace(StringOf(activity, "text")) && (activity["attachments"] as JsonArray ?? []).Count == 0)
        {
            return DirectLineInbound.Refuse("A message needs 'text' or 'attachments'.");
        }

        return inbound;
    }

    /// <summary>
    /// The echo every client waits for: the posted activity as sent (channelData and clientActivityID kept),
    /// with the sender, conversation and channel set by us; the store adds id and timestamp.
    /// </summary>
    public static JsonObject Echo(JsonObject posted, string conversationId, string userId, string? userName)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var echo = (JsonObject)posted.DeepClone();
        var name = (echo["from"] as JsonObject)?["name"] is JsonValue n && n.TryGetValue<string>(out var given) && given.Length > 0 ? given : userName;
        echo.Remove("id");
        echo.Remove("timestamp");
        echo.Remove("serviceUrl");
        echo["channelId"] = ChannelId;
        echo["conversation"] = new JsonObject { ["id"] = conversationId };
        echo["from"] = Account(userId, name, "user");
        echo["recipient"] = Account("bot", null, "bot");
        return echo;
    }

    /// <summary>The echo as the turn pipeline sees it: sender is the token's user, provider id is the echo's id.</summary>
    public static Activity ToActivity(JsonObject echo, string id, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(echo);
        var from = (JsonObject)echo["from"]!;
        return new Activity
        {
            Type = StringOf(echo, "type") ?? ActivityTypes.Message,
            Id = id,
            Timestamp = timestamp,
            From = new ChannelAccount(StringOf(from, "id")!, StringOf(from, "name"), "user"),
            Recipient = new ChannelAccount("bot", Role: "bot"),
            Conversation = new ConversationAccount(StringOf((JsonObject)echo["conversation"]!, "id")!),
            ChannelId = ChannelId,
            Text = StringOf(echo, "text"),
            Locale = StringOf(echo, "locale"),
            Attachments = [.. (echo["attachments"] as JsonArray ?? []).OfType<JsonObject>().Select(a => new Attachment(
                StringOf(a, "contentType")!, StringOf(a, "contentUrl"), StringOf(a, "name"),
                a["content"] is { } content ? JsonSerializer.SerializeToElement(content) : null, StringOf(a, "thumbnailUrl")))],
            ChannelData = echo["channelData"] is JsonObject data ? JsonSerializer.SerializeToElement(data) : null,
            Name = StringOf(echo, "name"),
            Value = echo["value"] is { } value ? JsonSerializer.SerializeToElement(value) : null,
        };
    }

    /// <summary>An outbound activity (bot or agent) as Web Chat reads it. Agents appear as the bot side (role "bot").</summary>
    public static JsonObject FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var wire = new JsonObject
        {
            ["type"] = activity.Type,
            ["channelId"] = ChannelId,
            ["conversation"] = new JsonObject { ["id"] = activity.Conversation.Id },
            ["from"] = Account(activity.From.Id, activity.From.Name, activity.From.Role == "user" ? "user" : "bot"),
        };
        if (activity.Recipient is { } recipient)
        {
            wire["recipient"] = Account(recipient.Id, recipient.Name, "user");
        }

        if (activity.Text is { } text)
        {
            // Our texts are plain (line breaks, bullets, prices); markdown would merge lines and read "*" and "_".
            wire["text"] = text;
            wire["textFormat"] = "plain";
        }

        Set(wire, "locale", activity.Locale);
        if (activity.Attachments.Count > 0)
        {
            wire["attachments"] = new JsonArray([.. activity.Attachments.Select(ToWire)]);
        }

        if (activity.SuggestedActions is { Actions.Count: > 0 } suggested)
        {
            var actions = new JsonObject
            {
                ["actions"] = new JsonArray([.. suggested.Actions.Select(a => (JsonNode)new JsonObject { ["type"] = a.Type, ["title"] = a.Title, ["value"] = a.Value })]),
            };
            if (suggested.To is { Count: > 0 } to)
            {
                actions["to"] = new JsonArray([.. to.Select(t => (JsonNode)JsonValue.Create(t))]);
            }

            wire["suggestedActions"] = actions;
        }

        Set(wire, "replyToId", activity.ReplyToId);
        Set(wire, "name", activity.Name);
        if (activity.ChannelData is { } channelData)
        {
            wire["channelData"] = JsonNode.Parse(channelData.GetRawText());
        }

        if (activity.Value is { } v)
        {
            wire["value"] = JsonNode.Parse(v.GetRawText());
        }

        return wire;
    }

    /// <summary>"The bot is typing": WebSocket only, never stored.</summary>
    public static string Typing(string conversationId, string userId, DateTimeOffset now) => new JsonObject
    {
        ["type"] = ActivityTypes.Typing,
        ["id"] = $"typing-{Guid.NewGuid():N}",
        ["timestamp"] = Timestamp(now),
        ["channelId"] = ChannelId,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = Account("bot", "Assistente", "bot"),
        ["recipient"] = Account(userId, null, "user"),
    }.ToJsonString();

    /// <summary>An ActivitySet from stored JSON, written without re-parsing the activities.</summary>
    public static string ActivitySet(IEnumerable<string> activities, long? watermark)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', activities);
        json.Append(']');
        if (watermark is { } w)
        {
            json.Append(",\"watermark\":\"").Append(w.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        return json.Append('}').ToString();
    }

    /// <summary>ISO 8601 UTC with milliseconds: what Web Chat sorts by.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string? StringOf(JsonObject o, string name) =>
        o[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    private static JsonObject Account(string id, string? name, string role)
    {
        var account = new JsonObject { ["id"] = id };
        Set(account, "name", name);
        account["role"] = role;
        return account;
    }

    private static JsonNode ToWire(Attachment attachment)
    {
        var wire = new JsonObject { ["contentType"] = attachment.ContentType };
        Set(wire, "contentUrl", attachment.ContentUrl);
        Set(wire, "name", attachment.Name);
        if (attachment.Content is { } content)
        {
            wire["content"] = content is JsonElement element ? JsonNode.Parse(element.GetRawText()) : JsonSerializer.SerializeToNode(content, JsonSerializerOptions.Web);
        }

        Set(wire, "thumbnailUrl", attachment.ThumbnailUrl);
        return wire;
    }

    private static void Set(JsonObject o, string name, string? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }

    [GeneratedRegex("^[A-Za-z]{1,32}$")]
    private static partial Regex TypePattern();
}
