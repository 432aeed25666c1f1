using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>
/// "Marked seen only after its turn is stored": the product runs as a child process reading a Dovecot
/// mailbox, is SIGKILLed mid-turn (before or after the commit), and started again on the same database.
/// The mail is still unseen, is read again, and the customer gets exactly one answer either way.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class EmailCrashTests(MailServers servers, ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(CrashPoints.BeforeCommit)]
    [InlineData(CrashPoints.AfterCommit)]
    public async Task CrashMidTurn_MailIsReadAgain_AndAnsweredOnce(string point)
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var bot = $"bot-crash-{run}@contactcentre.test";
        var customer = $"ana-crash-{run}@customer.test";
        var database = TestDatabases.NewSqlite();
        string[] settings =
        [
            .. servers.BotSettings(bot, pollSeconds: 1),
            $"--Database:ConnectionString={database.ConnectionString}",
            "--Database:SeedDemoData=true",
            "--Logging:LogLevel:Default=Warning",
        ];
        var mailbox = new CustomerMailbox(servers, bot);
        using var maildev = new Maildev(servers.MaildevUrl);
        var question = TestMail.Plain(customer, bot, "Orçamento", "Quanto custa a intimação?");

        // Only the commit's signal may wake the sender in the armed run (it never comes): no reply leaves before the kill.
        await using (var crashing = await BotProcess.StartAsync([.. settings, "--Outbox:PollSeconds=60"], point, StartTimeout))
        {
            await mailbox.DeliverAsync(question);
            await crashing.WaitForOutputAsync($"CRASHPOINT {point}", Timeout);
            await crashing.KillAsync();
        }

        output.WriteLine($"{point}: killed mid-turn.");
        Assert.False(await mailbox.IsSeenAsync(question.MessageId));
        Assert.Empty(await maildev.ToAsync(customer));

        await using (var restarted = await BotProcess.StartAsync([.. settings, "--Outbox:PollSeconds=0.2"], crashAt: null, StartTimeout))
        {
            await maildev.WaitAsync(customer, 1, Timeout);
            await mailbox.WaitSeenAsync(question.MessageId, Timeout);
            await Task.Delay(TimeSpan.FromSeconds(2)); // a second answer, if any, would arrive now
        }

        var answer = Assert.Single(await maildev.ToAsync(customer));
        Assert.Equal($"<{question.MessageId}>", answer.Header("in-reply-to"));
        await using var db = new StoreFactory(database).Create();
        Assert.Equal(1, await db.InboundClaims.CountAsync(c => c.Channel == "email" && c.ProviderMessageId == question.MessageId));
        Assert.Equal(1, await db.Conversations.CountAsync(c => c.Channel == "email" && c.CustomerAddress == customer));
    }
}
