using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContactCentre.Bot.Tests.Telegram;

/// <summary>One Bot API call the fake received: method, JSON body (or the raw form for uploads), when.</summary>
public sealed record BotApiCall(string Method, JsonObject? Json, string Raw, DateTimeOffset At)
{
    public long? ChatId => long.TryParse(Json?["chat_id"]?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null;

    public string? Text => Json?["text"]?.GetValue<string>();
}

/// <summary>
/// A local Telegram Bot API on real Kestrel speaking Telegram's exact JSON: POST /bot{token}/{method} answers
/// {"ok":true,"result":…} with a Message for sendMessage/sendDocument, true for setWebhook, a File for
/// getFile; GET /file/bot{token}/{path} serves the file. A wrong token gets Telegram's 401/404 error body.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abc";
    public const long BotId = 123456;

    private readonly ConcurrentQueue<BotApiCall> _calls = new();
    private readonly WebApplication _app;
    private int _messageId = 1000;

    private FakeBotApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;
    public IReadOnlyList<BotApiCall> Calls => [.. _calls];

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", (string token, string path) =>
            token == Token ? Results.Bytes("\xFF\xD8\xFF fake jpeg"u8.ToArray(), "image/jpeg") : Results.NotFound());
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    public IReadOnlyList<BotApiCall> To(long chatId, string method = "sendMessage") => [.. Calls.Where(c => c.Method == method && c.ChatId == chatId)];

    public async Task<IReadOnlyList<BotApiCall>> WaitAsync(long chatId, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (To(chatId).Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{To(chatId).Count} of {count} messages to chat {chatId} within {timeout}.");
            }

            await Task.Delay(50);
        }

        return To(chatId);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        var json = request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true && raw.Length > 0 ? JsonNode.Parse(raw) as JsonObject : null;
        _calls.Enqueue(new BotApiCall(method, json, raw, DateTimeOffset.UtcNow));
        if (token != Token)
        {
            return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
        }

        return method switch
        {
            "sendMessage" or "sendDocument" or "sendPhoto" => Ok(Message(json, raw)),
            "setWebhook" => Ok(true, "Webhook was set"),
            "getFile" => Ok(new JsonObject
            {
                ["file_id"] = json?["file_id"]?.GetValue<string>(),
                ["file_unique_id"] = "AQADfile",
                ["file_size"] = 12,
                ["file_path"] = "photos/file_1.jpg",
            }),
            _ => Results.Json(new { ok = false, error_code = 404, description = "Not Found: method not found" }, statusCode: 404),
        };
    }

    private JsonObject Message(JsonObject? request, string raw)
    {
        var chatId = long.TryParse(request?["chat_id"]?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "ContactCentre", ["username"] = "contactcentre_test_bot" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["first_name"] = "Test", ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = request?["text"]?.GetValue<string>() ?? (raw.Length > 0 ? "file" : null),
        };
    }

    private static IResult Ok(JsonNode? result, string? description = null)
    {
        var body = new JsonObject { ["ok"] = true, ["result"] = result };
        if (description is not null)
        {
            body["description"] = description;
        }

        return Results.Content(body.ToJsonString(), "application/json");
    }
}
