using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>The product on real Kestrel reading a mailbox of its own on the test Dovecot and sending through maildev.</summary>
public sealed class EmailHost : IAsyncDisposable
{
    private EmailHost(TestHost host, string bot, string customer, MailServers servers)
    {
        Host = host;
        Bot = bot;
        Customer = customer;
        Mailbox = new CustomerMailbox(servers, bot);
        Maildev = new Maildev(servers.MaildevUrl);
    }

    public TestHost Host { get; }
    public string Bot { get; }
    public string Customer { get; }
    public CustomerMailbox Mailbox { get; }
    public Maildev Maildev { get; }

    public static async Task<EmailHost> StartAsync(MailServers servers, params string[] settings)
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var bot = $"bot-{run}@contactcentre.test";
        var host = await TestHost.StartAsync([.. servers.BotSettings(bot), .. settings]);
        return new EmailHost(host, bot, $"ana-{run}@customer.test", servers);
    }

    public async Task<List<Conversation>> ConversationsAsync()
    {
        await using var db = Host.App.Services.GetRequiredService<StoreFactory>().Create();
        return await db.Conversations.AsNoTracking().Where(c => c.Channel == "email" && c.CustomerAddress == Customer).OrderBy(c => c.StartedAt).ToListAsync();
    }

    public async Task<List<TranscriptEntry>> TranscriptAsync(string conversationId)
    {
        await using var db = Host.App.Services.GetRequiredService<StoreFactory>().Create();
        return await db.Transcript.AsNoTracking().Where(t => t.ConversationId == conversationId).OrderBy(t => t.Sequence).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Maildev.Dispose();
        await Host.DisposeAsync();
    }
}
