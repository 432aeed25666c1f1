using System.Text.Json.Nodes;

namespace ContactCentre.Bot.Tests.Telegram;

/// <summary>Updates in Telegram's exact JSON (core.telegram.org/bots/webhooks' example, plus chat.type and from.is_bot).</summary>
public static class TelegramUpdates
{
    public static string Text(long updateId, long chatId, string text) => Update(updateId, "message", Message(chatId, 1365, new()
    {
        ["text"] = text,
    }, lastName: "Test Lastname", language: "pt-br"));

    public static string Contact(long updateId, long chatId, string phoneWithoutPlus) => Update(updateId, "message", Message(chatId, 1366, new()
    {
        ["contact"] = new JsonObject { ["phone_number"] = phoneWithoutPlus, ["first_name"] = "Test", ["user_id"] = chatId },
    }));

    public static string Photo(long updateId, long chatId, string caption) => Update(updateId, "message", Message(chatId, 1367, new()
    {
        ["photo"] = new JsonArray(
            new JsonObject { ["file_id"] = "AgACsmall", ["file_unique_id"] = "AQADs", ["file_size"] = 1200, ["width"] = 90, ["height"] = 67 },
            new JsonObject { ["file_id"] = "AgACbig", ["file_unique_id"] = "AQADb", ["file_size"] = 52000, ["width"] = 1280, ["height"] = 960 }),
        ["caption"] = caption,
    }));

    public static string EditedMessage(long updateId, long chatId) => Update(updateId, "edited_message", Message(chatId, 1365, new()
    {
        ["edit_date"] = Now,
        ["text"] = "editado",
    }));

    private static string Update(long updateId, string kind, JsonObject message) =>
        new JsonObject { ["update_id"] = updateId, [kind] = message }.ToJsonString();

    private static JsonObject Message(long chatId, int messageId, JsonObject content, string? lastName = null, string? language = null)
    {
        var chat = new JsonObject { ["id"] = chatId, ["first_name"] = "Test", ["username"] = "Test", ["type"] = "private" };
        var from = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Test", ["username"] = "Test" };
        if (lastName is not null)
        {
            chat["last_name"] = lastName;
            from["last_name"] = lastName;
        }

        if (language is not null)
        {
            from["language_code"] = language;
        }

        var message = new JsonObject { ["date"] = Now, ["chat"] = chat, ["message_id"] = messageId, ["from"] = from };
        foreach (var (key, value) in content.ToList())
        {
            content.Remove(key);
            message[key] = value;
        }

        return message;
    }

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
