using System.Net.Http.Headers;
using System.Text;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Channels.Telegram;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Telegram;

/// <summary>The product on real Kestrel with the Telegram channel pointed at a <see cref="FakeBotApi"/>.</summary>
public sealed class TelegramHost : IAsyncDisposable
{
    public const string Secret = "s3cret_Token-for-tests";

    private TelegramHost(TestHost host, FakeBotApi api)
    {
        Host = host;
        Api = api;
    }

    public TestHost Host { get; }
    public FakeBotApi Api { get; }

    public static async Task<TelegramHost> StartAsync()
    {
        var api = await FakeBotApi.StartAsync();
        var host = await TestHost.StartAsync(
            $"--Channels:Telegram:BotToken={FakeBotApi.Token}",
            $"--Channels:Telegram:SecretToken={Secret}",
            $"--Channels:Telegram:ApiBaseUrl={api.BaseUrl}");
        return new TelegramHost(host, api);
    }

    public static long NewChatId() => Random.Shared.NextInt64(100_000_000, 9_000_000_000);

    public async Task<HttpResponseMessage> PostAsync(string update, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/telegram") { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramAdapter.SecretHeader, secret);
        }

        return await Host.Client.SendAsync(request);
    }

    public async Task<(int Claims, int Conversations, int Outbox)> StoredAsync(long chatId)
    {
        await using var db = Host.App.Services.GetRequiredService<StoreFactory>().Create();
        var address = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var conversations = await db.Conversations.Where(c => c.Channel == "telegram" && c.CustomerAddress == address).Select(c => c.Id).ToListAsync();
        var claims = await db.InboundClaims.CountAsync(c => c.Channel == "telegram" && conversations.Contains(c.ConversationId));
        var outbox = await db.Outbox.CountAsync(m => m.Channel == "telegram" && m.Recipient == address);
        return (claims, conversations.Count, outbox);
    }

    public async Task<Conversations.Conversation?> ConversationAsync(long chatId)
    {
        await using var db = Host.App.Services.GetRequiredService<StoreFactory>().Create();
        var address = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Channel == "telegram" && c.CustomerAddress == address);
    }

    /// <summary>Waits until every outbox row of the chat is sent, so a count of Bot API calls is final.</summary>
    public async Task WaitSentAsync(long chatId, TimeSpan timeout)
    {
        var address = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using (var db = Host.App.Services.GetRequiredService<StoreFactory>().Create())
            {
                if (!await db.Outbox.AnyAsync(m => m.Recipient == address && m.Channel == "telegram" && m.Status != Outbox.OutboxStatus.Sent))
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Replies to chat {chatId} not all sent within {timeout}.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
    }
}
