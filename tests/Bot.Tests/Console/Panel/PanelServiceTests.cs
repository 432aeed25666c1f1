using ContactCentre.Bot.AgentConsole.Panel;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Console.Panel;

/// <summary>The side panel's services on the real host (Kestrel, SQLite, demo world dated Tuesday 2026-03-10 10:00).</summary>
public sealed class PanelServiceTests
{
    private const string Silva = "+5511999990001";
    private static readonly PanelActor Ana = new("u-ana", "ana", "agent", "sales");
    private static readonly PanelActor Manager = new("u-gerente", null, "manager", null);

    /// <summary>Silva asks to buy; Ana (schedule owner, R6) accepts: the conversation Ana holds.</summary>
    private static async Task<string> SilvaWithAnaAsync(PanelHost host)
    {
        await host.SayAsync(Silva, "quero comprar mais um advogado na intimação");
        var id = (await host.ConversationOfAsync(Silva)).Id;
        Assert.True((await host.Get<AgentActions>().AcceptAsync(id, "ana", CancellationToken.None)).Ok);
        return id;
    }

    [Fact]
    public async Task Panel_ShowsRecordInvoicesWithHowToPaySchedulesUnderR5AndHistory()
    {
        await using var host = await PanelHost.StartAsync();
        await host.SayAsync(Silva, "oi");

        var panel = await host.Get<CustomerPanel>().ReadAsync("c-silva", CancellationToken.None);

        Assert.NotNull(panel);
        Assert.Equal(("Escritório Silva Advogados", "ana"), (panel.Customer.Name, panel.Customer.Owner!.AgentId));
        Assert.Contains(panel.Contacts, c => c is { Kind: "phone", Value: Silva });
        var invoice = Assert.Single(panel.OpenInvoices);
        Assert.Equal(("B-1001", "R$ 149,70", true), (invoice.Number, invoice.AmountText, invoice.Overdue));
        Assert.False(string.IsNullOrEmpty(invoice.PaymentLine));
        Assert.False(string.IsNullOrEmpty(invoice.PixCode));
        var schedule = Assert.Single(panel.Schedules);
        Assert.Equal(("s-silva-intimacao", "venda-com-contato", true), (schedule.Id, schedule.Tag, schedule.Counts));
        Assert.True(schedule.CanRenew);
        var interaction = Assert.Single(panel.Interactions);
        Assert.Equal("test", interaction.Channel);
        Assert.Contains(panel.Products, p => p.Code == "intimacao" && p.UnitPriceText == "R$ 49,90");
    }

    [Fact]
    public async Task Schedule_BeyondTheR5Limit_IsRefusedNamingTheLimit_AndNothingIsWritten()
    {
        await using var host = await PanelHost.StartAsync();
        var book = host.Get<ScheduleBook>();

        // Tuesday 10 + 3 business days = Friday 13: venda-com-contato allows 2 at creation.
        var result = await book.CreateAsync("c-pereira", new ScheduleRequest("venda-com-contato", "intimacao", new DateOnly(2026, 3, 13)), Ana, CancellationToken.None);

        Assert.Equal((400, "saleWithContactBusinessDays"), (result.Status, result.Limit));
        await using var db = host.Stores.Create();
        Assert.False(await db.Schedules.AnyAsync(s => s.CustomerId == "c-pereira"));
        Assert.False(await db.ScheduleChanges.AnyAsync());
    }

    [Fact]
    public async Task Schedule_CreateRenewRemove_EachChangeRecordedWithWhoAndWhen()
    {
        await using var host = await PanelHost.StartAsync();
        var book = host.Get<ScheduleBook>();

        var created = await book.CreateAsync("c-pereira", new ScheduleRequest("venda-com-contato", "intimacao"), Ana, CancellationToken.None);
        Assert.Equal(201, created.Status);
        Assert.Equal((new DateOnly(2026, 3, 12), "ana"), (created.Value!.Due, created.Value.Owner));

        // Default renewal: created + 6 business days = Wed 18, 8 calendar days: an agent needs the manager.
        var byAgent = await book.RenewAsync(created.Value.Id, null, Ana, CancellationToken.None);
        Assert.Equal((400, "validationBeyondCalendarDays"), (byAgent.Status, byAgent.Limit));
        var byAgentWithin7 = await book.RenewAsync(created.Value.Id, new DateOnly(2026, 3, 17), Ana, CancellationToken.None);
        Assert.Equal(200, byAgentWithin7.Status);
        Assert.Equal(new DateOnly(2026, 3, 17), byAgentWithin7.Value!.Due);
        Assert.Equal(400, (await book.RenewAsync(created.Value.Id, new DateOnly(2026, 3, 18), Manager, CancellationToken.None)).Status);

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var removed = await book.RemoveAsync(created.Value.Id, "cliente desistiu", Ana, CancellationToken.None);
        Assert.Equal("cliente desistiu", removed.Value!.Removed!.Reason);
        Assert.Equal(409, (await book.RemoveAsync(created.Value.Id, null, Ana, CancellationToken.None)).Status);

        Assert.Equal(["created", "renewed", "removed"], removed.Value.Changes.Select(c => c.Action));
        Assert.All(removed.Value.Changes, c => Assert.Equal("ana", c.By));
        Assert.Equal(host.Clock.GetUtcNow(), removed.Value.Changes[^1].At);
    }

    [Fact]
    public async Task Sale_ReturnsTheR14CommissionAndWhy_AndR10RemovesTheProductsSchedule()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);

        var result = await host.Get<PanelActions>().SellAsync(id, "ana", "intimacao", 2, CancellationToken.None);

        Assert.Equal(201, result.Status);
        Assert.Equal(("ana", "R14"), (result.Value!.Commission.Beneficiary, result.Value.Commission.Rule));
        Assert.Contains("quem efetivou a venda", result.Value.Commission.Why, StringComparison.Ordinal);
        Assert.Equal("R$ 99,80", result.Value.AmountText);
        Assert.Equal(["s-silva-intimacao"], result.Value.SchedulesRemoved);
    }

    [Fact]
    public async Task Sale_ByAnAgentWhoDoesNotHoldTheConversation_IsAConflict()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);

        Assert.Equal(409, (await host.Get<PanelActions>().SellAsync(id, "rui", "intimacao", 1, CancellationToken.None)).Status);
        Assert.Equal(400, (await host.Get<PanelActions>().SellAsync(id, "ana", "intimacao", 0, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Quote_IsPricedFromThePriceListItemisedAndSentInTheCustomersChannel()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);

        var result = await host.Get<PanelActions>().QuoteAsync(id, "ana", [new QuoteItemInput("intimacao", 3), new QuoteItemInput("pesquisa", 2)], CancellationToken.None);

        Assert.Equal(201, result.Status);
        Assert.Equal(("R$ 179,70", 2), (result.Value!.TotalText, result.Value.Lines.Count));
        await using var db = host.Stores.Create();
        var row = await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).FirstAsync(m => m.ConversationId == id);
        Assert.Equal("test", row.Channel);
        var sent = ActivityJson.Deserialize(row.ActivityJson);
        Assert.Equal("ana", sent.From.Id);
        Assert.Contains("Intimação: 3 advogados × R$ 49,90 = R$ 149,70", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Total: R$ 179,70", sent.Text, StringComparison.Ordinal);
        Assert.True(await db.Quotes.AnyAsync(q => q.Id == result.Value.Id && q.ConversationId == id));
        Assert.Equal(400, (await host.Get<PanelActions>().QuoteAsync(id, "ana", [new QuoteItemInput("nada", 1)], CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Transfer_ToAnAgentIsAnOfferToThem_ToATeamIsItsQueue_BothLoggedWithWho()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);
        var actions = host.Get<PanelActions>();
        var timeout = TimeSpan.FromSeconds(120);

        Assert.Equal(409, (await actions.TransferAsync(id, "ana", "bia", null, null, timeout, 3, CancellationToken.None)).Status); // on vacation
        var toRui = await actions.TransferAsync(id, "ana", "rui", null, "cliente quer falar com o Rui", timeout, 3, CancellationToken.None);
        Assert.Equal("offered:rui", toRui.Value!.Holder);
        Assert.Equal(host.Clock.GetUtcNow() + timeout, toRui.Value.OfferDeadline);
        Assert.True((await host.Get<AgentActions>().AcceptAsync(id, "rui", CancellationToken.None)).Ok);
        var toSupport = await actions.TransferAsync(id, "rui", null, "support", null, timeout, 3, CancellationToken.None);
        Assert.Equal("queue:support", toSupport.Value!.Holder);

        var moves = (await host.TransitionsAsync(id)).Select(t => (t.To, t.Actor)).ToList();
        Assert.Equal([("offered:ana", "bot"), ("agent:ana", "ana"), ("offered:rui", "ana"), ("agent:rui", "rui"), ("queue:support", "rui")], moves);
    }

    [Fact]
    public async Task Note_IsInTheTranscriptButNeverInTheOutbox()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);
        await using var before = host.Stores.Create();
        var outboxBefore = await before.Outbox.CountAsync();

        var note = await host.Get<PanelActions>().NoteAsync(id, "ana", "cliente prefere contato à tarde", CancellationToken.None);

        Assert.Equal(201, note.Status);
        await using var db = host.Stores.Create();
        Assert.Equal(outboxBefore, await db.Outbox.CountAsync());
        var line = await db.Transcript.AsNoTracking().SingleAsync(t => t.ConversationId == id && t.Kind == TranscriptKind.Note);
        Assert.Equal(("cliente prefere contato à tarde", "ana"), (line.Text, line.Sender));
    }

    [Fact]
    public async Task CannedReplies_DemoRowsInPtBr_AgentSeesTheirTeamsAndEveryonesOnly()
    {
        await using var host = await PanelHost.StartAsync();
        var replies = host.Get<CannedReplies>();

        var sales = await replies.ListAsync("sales", CancellationToken.None);

        Assert.Contains(sales, r => r.Title == "Saudação" && r.Team is null);
        Assert.Contains(sales, r => r.Title == "Orçamento enviado");
        Assert.DoesNotContain(sales, r => r.Team == "support");
        var added = await replies.SaveAsync(null, new CannedReplyInput("Boleto por e-mail", "Enviei o boleto para o seu e-mail.", "sales"), "gerente", CancellationToken.None);
        Assert.Equal(201, added.Status);
        Assert.Equal(400, (await replies.SaveAsync(null, new CannedReplyInput("", "x"), "gerente", CancellationToken.None)).Status);
        Assert.Contains(await replies.ListAsync("sales", CancellationToken.None), r => r.Id == added.Value!.Id);
    }

    [Fact]
    public async Task Tasks_AreTheLiveSchedulesTheAgentOwns_SoonestFirst()
    {
        await using var host = await PanelHost.StartAsync();

        var tasks = await host.Get<AgentTasks>().ForAgentAsync("ana", CancellationToken.None);

        Assert.Equal(["s-gomes-velho", "s-silva-intimacao"], tasks.Select(t => t.ScheduleId));
        Assert.Equal("overdue", tasks[0].State);
        Assert.Contains("whatsapp", tasks[1].Channels);
    }

    [Fact]
    public async Task StartConversation_FromATask_AgentHoldsIt_MessageGoesThroughTheOutbox_AndR1LogsIt()
    {
        await using var host = await PanelHost.StartAsync();

        var started = await host.Get<ConversationStarter>().StartAsync(
            new StartConversationRequest("c-silva", "test", "Olá! Sobre a intimação que conversamos…", null, "s-silva-intimacao"), "ana", CancellationToken.None);

        Assert.Equal(201, started.Status);
        Assert.Equal(("agent:ana", Silva), (started.Value!.Holder, started.Value.CustomerAddress));
        await using var db = host.Stores.Create();
        var row = await db.Outbox.AsNoTracking().SingleAsync(m => m.ConversationId == started.Value.Id);
        Assert.Equal(Silva, row.Recipient);
        Assert.True(await db.Interactions.AnyAsync(i => i.ConversationId == started.Value.Id && i.CustomerId == "c-silva"));
        Assert.Equal(started.Value.Id, (await db.Schedules.AsNoTracking().SingleAsync(s => s.Id == "s-silva-intimacao")).ConversationId);
        var move = Assert.Single(await host.TransitionsAsync(started.Value.Id));
        Assert.Equal(("bot", "agent:ana", "ana"), (move.From, move.To, move.Actor));

        // The customer answers in the same conversation, still held by Ana: the bot stays silent.
        await host.SayAsync(Silva, "oi Ana, pode mandar");
        var after = await host.ConversationOfAsync(Silva);
        Assert.Equal((started.Value.Id, ConversationHolder.Agent), (after.Id, after.Holder));
        Assert.Single(await host.OutboundTextsAsync(after.Id));
    }

    [Fact]
    public async Task StartConversation_OptedOutCustomerOrOpenConversationOrNoText_IsRefused()
    {
        await using var host = await PanelHost.StartAsync();
        var starter = host.Get<ConversationStarter>();
        await using (var db = host.Stores.Create())
        {
            (await db.Customers.FirstAsync(c => c.Id == "c-moura")).OptedOut = true;
            await db.SaveChangesAsync();
        }

        Assert.Equal(409, (await starter.StartAsync(new StartConversationRequest("c-moura", "test", "oi"), "rui", CancellationToken.None)).Status);
        Assert.Equal(400, (await starter.StartAsync(new StartConversationRequest("c-silva", "test", " "), "ana", CancellationToken.None)).Status);
        Assert.Equal(400, (await starter.StartAsync(new StartConversationRequest("c-silva", "whatsapp", "oi"), "ana", CancellationToken.None)).Status); // channel off
        Assert.Equal(201, (await starter.StartAsync(new StartConversationRequest("c-silva", "test", "oi"), "ana", CancellationToken.None)).Status);
        Assert.Equal(409, (await starter.StartAsync(new StartConversationRequest("c-silva", "test", "de novo"), "rui", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task StartConversation_OnWhatsAppOutsideThe24hWindow_FreeTextIsRefusedAskingForATemplate()
    {
        await using var host = await PanelHost.StartAsync(null,
            "--Channels:Twilio:AccountSid=AC00000000000000000000000000000000", "--Channels:Twilio:AuthToken=token", "--Channels:Twilio:WhatsAppFrom=whatsapp:+15550000000",
            "--Channels:Twilio:ApiBaseUrl=http://127.0.0.1:9");

        var result = await host.Get<ConversationStarter>().StartAsync(new StartConversationRequest("c-silva", "whatsapp", "Olá!"), "ana", CancellationToken.None);

        Assert.Equal((400, "templatePurpose"), (result.Status, result.Limit));
        Assert.Contains("24 horas", result.Problem, StringComparison.Ordinal);
        await using var db = host.Stores.Create();
        Assert.False(await db.Conversations.AnyAsync(c => c.Channel == "whatsapp"));
    }
}
