using ContactCentre.Bot.Tests.Runtime;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Dialogs;

/// <summary>
/// A pending prompt survives a crash: the customer asks for "segunda via do boleto" from an unknown
/// number, the bot asks for the CPF/CNPJ; the host is SIGKILLed between the two turns and restarted on
/// the same SQLite file; the document the customer then sends continues the same step (R3 identification
/// by typed CNPJ, then R2's open invoices), not a fresh welcome or "não entendi".
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class RestartMidDialogTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PendingDocumentPrompt_SurvivesSigkill_NextTurnIdentifiesAndListsInvoices()
    {
        await using var sink = await ActivitySink.StartAsync();
        using var store = new RuntimeStore();
        var run = Guid.NewGuid().ToString("N")[..8];
        var customer = $"unknown-{run}";
        var first = $"ask-{run}";
        var second = $"doc-{run}";

        // 1. First host: the demo world is seeded; the billing request from an unknown contact asks for the document.
        await using (var host = await BotProcess.StartAsync(Settings(store, sink), crashAt: null, StartTimeout))
        {
            Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(host.Client, first, customer, "quero a segunda via do boleto"));
            var asked = await WaitForRepliesAsync(sink, first, r => Joined(r).Contains("CPF ou CNPJ", StringComparison.OrdinalIgnoreCase));
            output.WriteLine("turn 1: " + Joined(asked));

            // 2. SIGKILL between the turns: nothing graceful.
            await host.KillAsync();
        }

        // 3. Same database, a new process; the demo seed must not disturb the existing world.
        await using var restarted = await BotProcess.StartAsync(Settings(store, sink), crashAt: null, StartTimeout);
        Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(restarted.Client, second, customer, "11.444.777/0001-61"));
        var replies = await WaitForRepliesAsync(sink, second, r => Joined(r).Contains("B-1202", StringComparison.Ordinal));
        var text = Joined(replies);
        output.WriteLine("turn 2: " + text);

        // The same step continued: Teixeira's open invoices are listed (the paid one is not) …
        Assert.Contains("B-1201", text, StringComparison.Ordinal);
        Assert.Contains("B-1202", text, StringComparison.Ordinal);
        Assert.DoesNotContain("B-1150", text, StringComparison.Ordinal);
        // … and the document was not taken as a new conversation's first message.
        Assert.DoesNotContain("assistente virtual", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("não entendi", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("não parece válido", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Não encontrei cadastro", text, StringComparison.OrdinalIgnoreCase);
    }

    private static string Joined(IReadOnlyList<SinkDelivery> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static async Task<IReadOnlyList<SinkDelivery>> WaitForRepliesAsync(ActivitySink sink, string inboundId, Func<IReadOnlyList<SinkDelivery>, bool> done)
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (true)
        {
            var replies = sink.RepliesTo(inboundId);
            if (done(replies))
            {
                // Let the rest of the turn's replies arrive.
                await Task.Delay(500);
                return sink.RepliesTo(inboundId);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Replies to {inboundId} so far: {Joined(replies)}");
            }

            await Task.Delay(50);
        }
    }

    private static string[] Settings(RuntimeStore store, ActivitySink sink) =>
    [
        $"--Database:ConnectionString={store.ConnectionString}",
        "--Database:SeedDemoData=true",
        "--Channels:Test:Enabled=true",
        $"--Channels:Test:Secret={TestChannelClient.Secret}",
        $"--Channels:Test:SinkUrl={sink.Url}",
        "--Outbox:PollSeconds=0.2",
        "--Outbox:LeaseSeconds=2",
        "--Logging:LogLevel:Default=Warning",
    ];
}
