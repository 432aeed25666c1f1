using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Hosting;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Domain.Agents;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ContactCentre.Bot.Tests.Console.Panel;

/// <summary>
/// The real host on Kestrel (loopback, fresh SQLite file, the demo world) with the test channel on and a clock the test
/// sets: Tuesday 2026-03-10 10:00 in São Paulo unless told otherwise.
/// </summary>
internal sealed class PanelHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Tuesday10h = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(-3));

    private PanelHost(WebApplication app, FakeTimeProvider clock, Uri baseAddress)
    {
        App = app;
        Clock = clock;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }
    public FakeTimeProvider Clock { get; }
    public HttpClient Client { get; }
    public StoreFactory Stores => App.Services.GetRequiredService<StoreFactory>();

    public static async Task<PanelHost> StartAsync(DateTimeOffset? now = null, params string[] settings)
    {
        var clock = new FakeTimeProvider(now ?? Tuesday10h);
        var db = TestDatabases.NewSqlite();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", $"--Database:ConnectionString={db.ConnectionString}", "--Database:SeedDemoData=true",
            "--Logging:LogLevel:Default=Warning", "--Channels:Test:Enabled=true", $"--Channels:Test:Secret={TestChannelClient.Secret}",
            .. settings,
        ];
        var app = WebHost.Build(args, b => b.Services.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PanelHost(app, clock, new Uri(address));
    }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A customer message through the test channel's webhook, as a provider would post it.</summary>
    public Task<string> SayAsync(string from, string text) => TestChannelClient.PostForOutcomeAsync(Client, Guid.NewGuid().ToString("N"), from, text);

    public async Task<Conversation> ConversationOfAsync(string from)
    {
        await using var db = Stores.Create();
        return await db.Conversations.AsNoTracking().Where(c => c.CustomerAddress == from).OrderByDescending(c => c.StartedAt).FirstAsync();
    }

    public async Task<List<string>> OutboundTextsAsync(string conversationId)
    {
        await using var db = Stores.Create();
        return [.. (await db.Transcript.AsNoTracking().Where(t => t.ConversationId == conversationId && t.Kind == TranscriptKind.Outbound).ToListAsync())
            .OrderBy(t => t.Sequence).Select(t => t.Text ?? "")];
    }

    public async Task<List<HandoffTransition>> TransitionsAsync(string conversationId)
    {
        await using var db = Stores.Create();
        // Moves of one turn share its instant; each also wrote a transcript event ("from → to: reason") whose sequence orders them.
        var moves = await db.HandoffTransitions.AsNoTracking().Where(t => t.ConversationId == conversationId).ToListAsync();
        var events = await db.Transcript.AsNoTracking().Where(t => t.ConversationId == conversationId && t.Kind == TranscriptKind.Event).ToListAsync();
        int Sequence(HandoffTransition t) =>
            events.Where(e => e.Text == $"{t.From} → {t.To}: {t.Reason}" && e.Sender == t.Actor).Select(e => e.Sequence).DefaultIfEmpty(int.MaxValue).Min();
        return [.. moves.OrderBy(t => t.At).ThenBy(Sequence)];
    }

    public async Task SetStatusAsync(string agentId, AgentStatus status)
    {
        await using var db = Stores.Create();
        var agent = await db.Agents.FirstAsync(a => a.Id == agentId);
        agent.Status = status;
        await db.SaveChangesAsync();
    }

    /// <summary>Gives an agent <paramref name="count"/> open conversations they hold (other customers), to fill their cap.</summary>
    public async Task LoadAgentAsync(string agentId, int count)
    {
        await using var db = Stores.Create();
        for (var i = 0; i < count; i++)
        {
            db.Conversations.Add(new Conversation
            {
                Id = Guid.NewGuid().ToString("N"), Channel = "test", CustomerAddress = $"+55119000{agentId.GetHashCode() & 0xfff:0000}{i}",
                StartedAt = Clock.GetUtcNow(), LastActivityAt = Clock.GetUtcNow(), Holder = ConversationHolder.Agent, HolderAgentId = agentId, HolderTeam = "sales",
            });
        }

        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
