using ContactCentre.Bot.Hosting;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>
/// The real host on real Kestrel (a free loopback port known before start, so PublicBaseUrl and the signed
/// URLs are the ones Twilio would use), a fresh SQLite file with the demo world, WhatsApp pointed at the fake.
/// </summary>
internal sealed class WhatsAppHost : IAsyncDisposable
{
    private WhatsAppHost(WebApplication app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }
    public string BaseUrl { get; }
    public HttpClient Client { get; }
    public string InboundUrl => BaseUrl + TwilioWebhook.InboundPath;
    public string StatusUrl => BaseUrl + TwilioWebhook.StatusPath;
    public StoreFactory Stores => App.Services.GetRequiredService<StoreFactory>();

    public static string[] Settings(FakeTwilio twilio, string baseUrl) =>
    [
        $"--Channels:Twilio:AccountSid={FakeTwilio.AccountSid}",
        $"--Channels:Twilio:AuthToken={FakeTwilio.AuthToken}",
        $"--Channels:Twilio:WhatsAppFrom={FakeTwilio.Sender}",
        $"--Channels:Twilio:ApiBaseUrl={twilio.BaseUrl}",
        $"--Channels:Twilio:PublicBaseUrl={baseUrl}",
        "--Channels:Twilio:MediaHosts:0=127.0.0.1",
        "--Outbox:PollSeconds=0.2",
        "--Outbox:BaseBackoffSeconds=0.2",
        "--Logging:LogLevel:Default=Warning",
    ];

    public static Task<WhatsAppHost> StartAsync(FakeTwilio twilio, Action<WebApplicationBuilder>? configure = null, params string[] extra) =>
        StartAsync(twilio, TestDatabases.NewSqlite(), configure, extra);

    public static async Task<WhatsAppHost> StartAsync(FakeTwilio twilio, DatabaseOptions db, Action<WebApplicationBuilder>? configure = null, params string[] extra)
    {
        var baseUrl = $"http://127.0.0.1:{BotProcess.FreePort()}";
        string[] args = ["--urls", baseUrl, $"--Database:Provider={db.Provider}", $"--Database:ConnectionString={db.ConnectionString}", "--Database:SeedDemoData=true",
            .. Settings(twilio, baseUrl), .. extra];
        var app = WebHost.Build(args, configure);
        await app.StartAsync();
        return new WhatsAppHost(app, baseUrl);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Stores.Create();
        return await db.Outbox.AsNoTracking().Where(m => m.Channel == "whatsapp").OrderBy(m => m.CreatedAt).ToListAsync();
    }

    /// <summary>Waits until <paramref name="done"/> holds (checked every 50 ms), or fails with what was seen.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached in time: {what ?? typeof(T).Name}; last seen: {System.Text.Json.JsonSerializer.Serialize(value)}");
            }

            await Task.Delay(50);
        }
    }

    public async Task<List<WhatsAppDelivery>> DeliveriesAsync()
    {
        await using var db = Stores.Create();
        return await db.Set<WhatsAppDelivery>().AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
