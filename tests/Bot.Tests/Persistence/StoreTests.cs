using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Persistence;

/// <summary>The same persistence suite against both providers (the derived classes pick one).</summary>
public abstract class StoreTests
{
    protected abstract string Provider { get; }

    private static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(-3));

    private Task<StoreFactory> NewStoreAsync() => TestDatabases.CreateMigratedAsync(Provider);

    [Fact]
    public async Task ConcurrentUpdatesOfOneConversation_SecondWriterGetsConflict_NotLostUpdate()
    {
        var stores = await NewStoreAsync();
        await using (var setup = stores.Create())
        {
            setup.Conversations.Add(new Conversation { Id = "conv-1", Channel = "whatsapp", CustomerAddress = "+5511999990001", StartedAt = Now });
            await setup.SaveChangesAsync();
        }

        await using var first = stores.Create();
        await using var second = stores.Create();
        var a = await first.Conversations.SingleAsync(c => c.Id == "conv-1");
        var b = await second.Conversations.SingleAsync(c => c.Id == "conv-1");

        a.StateJson = """{"step":"first"}""";
        await first.SaveChangesAsync();

        b.StateJson = """{"step":"second"}""";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = stores.Create();
        var stored = await check.Conversations.SingleAsync(c => c.Id == "conv-1");
        Assert.Equal("""{"step":"first"}""", stored.StateJson);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task ConcurrentUpdates_InParallel_ExactlyOneWins()
    {
        var stores = await NewStoreAsync();
        await using (var setup = stores.Create())
        {
            setup.Conversations.Add(new Conversation { Id = "conv-2", Channel = "webchat", CustomerAddress = "visitor", StartedAt = Now });
            await setup.SaveChangesAsync();
        }

        var contexts = Enumerable.Range(0, 4).Select(_ => stores.Create()).ToList();
        var loaded = new List<Conversation>();
        foreach (var db in contexts)
        {
            loaded.Add(await db.Conversations.SingleAsync(c => c.Id == "conv-2"));
        }

        var results = await Task.WhenAll(contexts.Select(async (db, i) =>
        {
            loaded[i].StateJson = $$"""{"writer":{{i}}}""";
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Single(results, r => r);
        foreach (var db in contexts)
        {
            await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task R3_CustomerFoundByNormalisedPhone_AndDuplicatePhoneFindsBothRecords()
    {
        var stores = await NewStoreAsync();
        await using (var db = stores.Create())
        {
            var one = new Customer { Id = "c1", Name = "Silva", CreatedAt = Now };
            one.AddContact(ContactPoint.From(ContactKind.Phone, "(11) 99999-0001"));
            one.AddContact(ContactPoint.From(ContactKind.Document, "11.222.333/0001-81"));
            var two = new Customer { Id = "c2", Name = "Silva (novo)", CreatedAt = Now };
            two.AddContact(ContactPoint.From(ContactKind.Phone, "+5511999990001"));
            db.Customers.AddRange(one, two);
            await db.SaveChangesAsync();
        }

        await using var read = stores.Create();
        var phone = ContactPoint.From(ContactKind.Phone, "whatsapp:+5511999990001");
        var byPhone = await read.Customers.Where(c => c.Contacts.Any(p => p.Kind == phone.Kind && p.Value == phone.Value)).ToListAsync();
        Assert.Equal(["c1", "c2"], byPhone.Select(c => c.Id).Order());

        var doc = ContactPoint.From(ContactKind.Document, "11222333000181");
        var byDocument = await read.Customers.SingleAsync(c => c.Contacts.Any(p => p.Kind == doc.Kind && p.Value == doc.Value));
        Assert.Equal("c1", byDocument.Id);
        Assert.Equal(2, byDocument.Contacts.Count);
    }

    [Fact]
    public async Task CustomerRecord_RoundTripsInactivationInvoicesAndSchedules()
    {
        var stores = await NewStoreAsync();
        await using (var db = stores.Create())
        {
            var c = new Customer { Id = "c1", Name = "Lima", CreatedAt = Now, OwnerAgentId = "ana" };
            c.Inactivate(Inactivation.Manual("rui", Now.AddDays(-5)));
            db.Customers.Add(c);
            var invoice = new Invoice { Number = "B-1", CustomerId = "c1", Amount = 1234.56m, Due = new DateOnly(2025, 1, 10) };
            invoice.Waive(RuleIds.R13, Now);
            db.Invoices.Add(invoice);
            db.Schedules.Add(new Schedule
            {
                Id = "s1", CustomerId = "c1", Owner = ScheduleOwner.OfTeam(Domain.Agents.Team.Sales), Tag = ScheduleTag.SaleWithContact,
                ProductCode = "intimacao", Created = new DateOnly(2026, 3, 9), Due = new DateOnly(2026, 3, 11),
            });
            await db.SaveChangesAsync();
        }

        await using var read = stores.Create();
        var customer = await read.Customers.SingleAsync(x => x.Id == "c1");
        Assert.Equal(CustomerStatus.Inactive, customer.Status);
        Assert.Equal(InactivationKind.Manual, customer.Inactivation!.Kind);
        Assert.Equal("rui", customer.Inactivation.ByAgentId);
        Assert.Equal(Now.AddDays(-5).UtcTicks, customer.Inactivation.At.UtcTicks);

        var stored = await read.Invoices.SingleAsync(i => i.Number == "B-1");
        Assert.Equal(1234.56m, stored.Amount);
        Assert.Equal(InvoiceStatus.Waived, stored.Status);
        Assert.Equal(RuleIds.R13, stored.WaivedByRule);

        var schedule = await read.Schedules.SingleAsync(s => s.Due >= new DateOnly(2026, 3, 10));
        Assert.Equal(ScheduleTag.SaleWithContact, schedule.Tag);
        Assert.Equal(Domain.Agents.Team.Sales, schedule.Owner.Team);
    }

    [Fact]
    public async Task Instants_CompareAndOrderAcrossOffsets()
    {
        var stores = await NewStoreAsync();
        await using (var db = stores.Create())
        {
            // 10:00 at −03:00 is 13:00 UTC, later than 12:00 UTC written with offset zero.
            db.Conversations.Add(new Conversation { Id = "late", Channel = "t", CustomerAddress = "a", StartedAt = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(-3)) });
            db.Conversations.Add(new Conversation { Id = "early", Channel = "t", CustomerAddress = "b", StartedAt = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        await using var read = stores.Create();
        var cut = new DateTimeOffset(2026, 3, 10, 12, 30, 0, TimeSpan.Zero);
        Assert.Equal(["early", "late"], await read.Conversations.OrderBy(c => c.StartedAt).Select(c => c.Id).ToListAsync());
        Assert.Equal(["late"], await read.Conversations.Where(c => c.StartedAt > cut).Select(c => c.Id).ToListAsync());
    }

    [Fact]
    public async Task Quote_RoundTripsItsLines()
    {
        var stores = await NewStoreAsync();
        var prices = new PriceList([new Product { Code = "intimacao", Name = "Intimação", Unit = "advogado", UnitPrice = 49.90m }]);
        var quote = prices.Quote([("intimacao", 2m)], Now, Guid.NewGuid(), "c1", "conv-1");
        await using (var db = stores.Create())
        {
            db.Quotes.Add(quote);
            await db.SaveChangesAsync();
        }

        await using var read = stores.Create();
        var stored = await read.Quotes.SingleAsync(q => q.Id == quote.Id);
        var line = Assert.Single(stored.Lines);
        Assert.Equal("advogados", line.Unit);
        Assert.Equal(99.80m, stored.Total);
    }

    [Fact]
    public async Task DemoWorld_SeedsAnEmptyDatabaseOnce()
    {
        var stores = await NewStoreAsync();
        var routing = Routing.RoutingSettings.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build().GetSection("Routing"));
        var seeder = new DemoWorldSeeder(stores, routing, TimeProvider.System, new Microsoft.AspNetCore.Identity.PasswordHasher<ContactCentre.Bot.Identity.User>());

        Assert.True(await seeder.SeedIfEmptyAsync(CancellationToken.None));
        Assert.False(await seeder.SeedIfEmptyAsync(CancellationToken.None));

        await using var read = stores.Create();
        Assert.True(await read.Customers.CountAsync() >= 12);
        var teams = await read.Agents.Select(a => a.Team).Distinct().ToListAsync();
        Assert.Equal(3, teams.Count);
        Assert.True(await read.Invoices.AnyAsync(i => i.Status == InvoiceStatus.Open));
        Assert.True(await read.Schedules.AnyAsync());
    }
}

public sealed class SqliteStoreTests : StoreTests
{
    protected override string Provider => "Sqlite";
}

public sealed class PostgresStoreTests : StoreTests
{
    protected override string Provider => "Postgres";
}
