using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Handoff;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Console.Panel;

/// <summary>
/// The handoff as the customer feels it, through the real webhook, pipeline and flow on Kestrel + SQLite with the demo world:
/// the queue's expected wait, business hours, the cap on simultaneous conversations, satisfaction after close, and no
/// conversation left orphaned.
/// </summary>
public sealed class HandoffFeltTests
{
    private const string Silva = "+5511999990001";      // venda-com-contato schedule with Ana (R6)
    private const string Teixeira = "+5511900000011";
    private const string Stranger = "+5511977776666";

    [Fact]
    public async Task QueueWithNobodyFree_CustomerIsToldTheWaitIsNotKnownYet()
    {
        await using var host = await PanelHost.StartAsync();
        await host.SetStatusAsync("fabi", AgentStatus.Busy); // central: fabi busy, gil offline

        await host.SayAsync(Stranger, "quero falar com um atendente");

        var conversation = await host.ConversationOfAsync(Stranger);
        Assert.Equal(ConversationHolder.Queued, conversation.Holder);
        Assert.Contains(await host.OutboundTextsAsync(conversation.Id), t => t.Contains("ainda não consigo estimar a espera", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueWithNobodyFree_CustomerIsToldTheMedianOfTheTeamsRecentWaits()
    {
        await using var host = await PanelHost.StartAsync();
        await host.SetStatusAsync("fabi", AgentStatus.Busy);
        await using (var db = host.Stores.Create())
        {
            var now = host.Clock.GetUtcNow();
            foreach (var (minutes, i) in new[] { 2, 4, 9 }.Select((m, i) => (m, i)))
            {
                var id = $"past-{i}";
                var queued = now.AddHours(-5 - i);
                db.HandoffTransitions.Add(new HandoffTransition { Id = Guid.NewGuid(), ConversationId = id, At = queued, From = "bot", To = "queue:central", Actor = "bot", Reason = "human" });
                db.HandoffTransitions.Add(new HandoffTransition { Id = Guid.NewGuid(), ConversationId = id, At = queued.AddMinutes(minutes), From = "queue:central", To = "agent:fabi", Actor = "fabi", Reason = "accepted" });
            }

            await db.SaveChangesAsync();
        }

        await host.SayAsync(Stranger, "quero falar com um atendente");

        var conversation = await host.ConversationOfAsync(Stranger);
        Assert.Contains(await host.OutboundTextsAsync(conversation.Id), t => t.Contains("espera estimada é de cerca de 4 min", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueWithAFreeAgent_SaysNothingAboutWaiting()
    {
        await using var host = await PanelHost.StartAsync();

        await host.SayAsync(Stranger, "quero falar com um atendente");

        var texts = await host.OutboundTextsAsync((await host.ConversationOfAsync(Stranger)).Id);
        Assert.Contains(texts, t => t.Contains("equipe central", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("espera", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutOfHours_CustomerIsToldAndTheTeamGetsAScheduleForTheNextBusinessDay()
    {
        var tuesdayEvening = new DateTimeOffset(2026, 3, 10, 20, 0, 0, TimeSpan.FromHours(-3));
        string[] hours = [.. new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.Select(d => $"--Console:BusinessHours:{d}=08:00-18:00")];
        await using var host = await PanelHost.StartAsync(tuesdayEvening, hours);

        await host.SayAsync(Teixeira, "quero falar com um atendente");

        var conversation = await host.ConversationOfAsync(Teixeira);
        Assert.Equal(ConversationHolder.Bot, conversation.Holder);
        Assert.Contains(await host.OutboundTextsAsync(conversation.Id), t => t.Contains("fora do horário", StringComparison.Ordinal) && t.Contains("11/03/2026 às 08:00", StringComparison.Ordinal));
        await using var db = host.Stores.Create();
        var schedule = await db.Schedules.AsNoTracking().SingleAsync(s => s.CustomerId == "c-teixeira");
        Assert.Equal(Team.Central, schedule.Owner.Team);
        Assert.Equal(new DateOnly(2026, 3, 11), schedule.Due);
        Assert.Equal(conversation.Id, schedule.ConversationId);
        var transitions = await host.TransitionsAsync(conversation.Id);
        Assert.Equal(["queue:central", "bot"], transitions.Select(t => t.To));
        Assert.Contains("fora do horário", transitions[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnerAtTheCap_RoutingCountsTheLiveLoadAndSendsTheSaleToTheSalesQueue()
    {
        await using var host = await PanelHost.StartAsync();
        await host.LoadAgentAsync("ana", 3);

        await host.SayAsync(Silva, "quero comprar mais um advogado na intimação");

        var conversation = await host.ConversationOfAsync(Silva);
        Assert.Equal(ConversationHolder.Queued, conversation.Holder);
        Assert.Equal("sales", conversation.HolderTeam);
        Assert.Equal("ana", conversation.ExcludedAgentId);
    }

    [Fact]
    public async Task OwnerBelowTheCap_IsOfferedTheSale()
    {
        await using var host = await PanelHost.StartAsync();
        await host.LoadAgentAsync("ana", 2);

        await host.SayAsync(Silva, "quero comprar mais um advogado na intimação");

        var conversation = await host.ConversationOfAsync(Silva);
        Assert.Equal(ConversationHolder.Offered, conversation.Holder);
        Assert.Equal("ana", conversation.HolderAgentId);
    }

    [Fact]
    public async Task AgentAtTheCap_CannotTakeAnotherFromTheQueue()
    {
        await using var host = await PanelHost.StartAsync();
        await host.SayAsync(Stranger, "quero falar com um atendente");
        await host.LoadAgentAsync("fabi", 3);

        var result = await host.Get<AgentActions>().AcceptAsync((await host.ConversationOfAsync(Stranger)).Id, "fabi", CancellationToken.None);

        Assert.Equal(409, result.Status);
        Assert.Contains("maxConcurrentConversations", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfferToAnAgentWhoGoesOffline_FallsBackToTheSalesQueueLoggedBySystem()
    {
        await using var host = await PanelHost.StartAsync();
        await host.SayAsync(Silva, "quero comprar mais um advogado na intimação");
        var conversation = await host.ConversationOfAsync(Silva);
        Assert.Equal(ConversationHolder.Offered, conversation.Holder);

        await host.SetStatusAsync("ana", AgentStatus.Offline);
        await host.Get<ConversationSweeper>().SweepAsync(CancellationToken.None);

        var after = await host.ConversationOfAsync(Silva);
        Assert.Equal(ConversationHolder.Queued, after.Holder);
        Assert.Equal("ana", after.ExcludedAgentId);
        var last = (await host.TransitionsAsync(conversation.Id))[^1];
        Assert.Equal(("offered:ana", "queue:sales", "system"), (last.From, last.To, last.Actor));
        Assert.Contains("offline", last.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentHoldingAConversationGoesOffline_ItReturnsToTheTeamQueue()
    {
        await using var host = await PanelHost.StartAsync();
        await host.SayAsync(Stranger, "quero falar com um atendente");
        var id = (await host.ConversationOfAsync(Stranger)).Id;
        Assert.True((await host.Get<AgentActions>().AcceptAsync(id, "fabi", CancellationToken.None)).Ok);

        await host.SetStatusAsync("fabi", AgentStatus.Offline);
        await host.Get<ConversationSweeper>().SweepAsync(CancellationToken.None);

        var after = await host.ConversationOfAsync(Stranger);
        Assert.Equal((ConversationHolder.Queued, "central"), (after.Holder, after.HolderTeam));
        Assert.Equal(["queue:central", "agent:fabi", "queue:central"], (await host.TransitionsAsync(id)).Select(t => t.To));
    }

    [Fact]
    public async Task CloseThenRating5_IsStoredForTheAgentWhoAttended_AndEveryMoveIsLoggedWithWhoAndWhen()
    {
        await using var host = await PanelHost.StartAsync();
        var agents = host.Get<AgentActions>();
        await host.SayAsync(Silva, "quero comprar mais um advogado na intimação");
        var id = (await host.ConversationOfAsync(Silva)).Id;
        Assert.True((await agents.AcceptAsync(id, "ana", CancellationToken.None)).Ok);
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True((await agents.CloseAsync(id, "ana", CancellationToken.None)).Ok);
        Assert.Contains("De 1 a 5", (await host.OutboundTextsAsync(id))[^1], StringComparison.Ordinal);

        await host.SayAsync(Silva, "5");

        await using var db = host.Stores.Create();
        var rating = await db.SatisfactionRatings.AsNoTracking().SingleAsync(r => r.ConversationId == id);
        Assert.Equal(("ana", 5), (rating.AgentId, rating.Score));
        Assert.Contains("Obrigado pela avaliação", (await host.OutboundTextsAsync(id))[^1], StringComparison.Ordinal);
        var moves = await host.TransitionsAsync(id);
        Assert.Equal([("bot", "offered:ana", "bot"), ("offered:ana", "agent:ana", "ana"), ("agent:ana", "bot", "ana")], moves.Select(t => (t.From, t.To, t.Actor)));
        Assert.True(moves[2].At > moves[1].At);
    }
}
