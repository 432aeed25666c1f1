using System.Net;
using System.Net.Http.Json;
using System.Text;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Studio.Access;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Studio;

public sealed class DataInApiTests
{
    private const string BadCsv = """
        externalId;name;phones;emails;document;owner
        crm-1;Escritório Alfa;+55 11 98888-0001;alfa@example.com;;ana
        crm-2;;+55 11 98888-0002;;;
        crm-3;Escritório Gama;telefone;gama@example.com;;
        crm-4;Escritório Delta;;delta@example.com;111.111.111-12;ninguem
        crm-1;Repetido;;;;
        """;

    private const string GoodCsv = """
        externalId;name;phones;emails;document;owner
        crm-1;Escritório Alfa;+55 11 98888-0001;alfa@example.com;;ana
        crm-2;"Beta; Associados";+55 11 98888-0002;;;
        crm-3;Escritório Gama;+55 11 98888-0003;gama@example.com;;
        crm-4;Escritório Delta;;delta@example.com;;
        """;

    [Fact]
    public async Task CsvImport_WithBadRows_ReportsEachRowAndImportsNothing_FixedImportsAll_ReRunChangesNothing()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Data);
        var customersBefore = await CountCustomersAsync(api);

        var problem = await StudioApi.ProblemAsync(await PostCsvAsync(client, "customers", BadCsv), 422);
        var rows = problem.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => string.Join(" | ", r.GetProperty("errors").EnumerateArray().Select(e => e.GetString())));
        Assert.Equal([3, 4, 5, 6], rows.Keys.Order());
        Assert.Contains("'name' is required", rows[3], StringComparison.Ordinal);
        Assert.Contains("'phones' 'telefone'", rows[4], StringComparison.Ordinal);
        Assert.Contains("'document' is not a valid CPF/CNPJ", rows[5], StringComparison.Ordinal);
        Assert.DoesNotContain("111.111", rows[5], StringComparison.Ordinal); // personal data never echoed
        Assert.Contains("'owner' ninguem is not an agent", rows[5], StringComparison.Ordinal);
        Assert.Contains("already appears on line 2", rows[6], StringComparison.Ordinal);
        Assert.Equal(customersBefore, await CountCustomersAsync(api)); // not even the good first row

        var preview = await StudioApi.JsonAsync(await PostCsvAsync(client, "customers", GoodCsv, preview: true));
        Assert.Equal(4, preview.GetProperty("created").GetInt32());
        Assert.False(preview.GetProperty("applied").GetBoolean());
        Assert.Equal(customersBefore, await CountCustomersAsync(api));

        var imported = await StudioApi.JsonAsync(await PostCsvAsync(client, "customers", GoodCsv));
        Assert.Equal(4, imported.GetProperty("created").GetInt32());
        Assert.Equal(customersBefore + 4, await CountCustomersAsync(api));
        var auditBefore = await CountAuditAsync(api);

        var again = await StudioApi.JsonAsync(await PostCsvAsync(client, "customers", GoodCsv));
        Assert.Equal(4, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32() + again.GetProperty("updated").GetInt32());
        Assert.Equal(auditBefore, await CountAuditAsync(api));

        await using var db = api.Host.App.Services.GetRequiredService<StoreFactory>().Create();
        var beta = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == "crm-2");
        Assert.Equal("Beta; Associados", beta.Name);
        Assert.Equal(["+5511988880002"], beta.Phones);
    }

    [Fact]
    public async Task JsonUpsert_TenThousandRowsInOneCall_ThenOneChangedRowIsTheOnlyUpdate_AndMoreRowsAre413()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Data);
        var customers = Enumerable.Range(1, 10_000).Select(i => new { externalId = $"bulk-{i}", name = $"Cliente {i}", emails = new[] { $"c{i}@example.com" } }).ToList();
        var first = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/data/customers", customers));
        Assert.Equal(10_000, first.GetProperty("created").GetInt32());

        customers[4_999] = customers[4_999] with { name = "Cliente renomeado" };
        var second = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/data/customers", customers));
        Assert.Equal(1, second.GetProperty("updated").GetInt32());
        Assert.Equal(9_999, second.GetProperty("unchanged").GetInt32());
        Assert.Equal("bulk-5000", Assert.Single(second.GetProperty("rows").EnumerateArray()).GetProperty("key").GetString());

        var tooMany = customers.Append(new { externalId = "bulk-10001", name = "x", emails = Array.Empty<string>() });
        await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/data/customers", tooMany), 413);
    }

    [Fact]
    public async Task InvoicesAndSchedules_ReferToLoadedCustomers_AndKeepWhatCannotChange()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Data);
        await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/data/customers", new[] { new { externalId = "erp-9", name = "Cliente ERP" } }));

        var invoices = "number,customerId,amount,due,status\nNF-1,erp-9,\"1.234,56\",2026-12-10,open\nNF-2,nao-existe,10.00,2026-12-10,open\n";
        var problem = await StudioApi.ProblemAsync(await PostCsvAsync(client, "invoices", invoices), 422);
        var row = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal(3, row.GetProperty("line").GetInt32());
        Assert.Contains("nao-existe is not a customer", row.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);

        await StudioApi.JsonAsync(await PostCsvAsync(client, "invoices", invoices.Split('\n')[0] + "\n" + invoices.Split('\n')[1] + "\n"));
        await using (var db = api.Host.App.Services.GetRequiredService<StoreFactory>().Create())
        {
            Assert.Equal(1234.56m, (await db.Invoices.AsNoTracking().SingleAsync(i => i.Number == "NF-1")).Amount);
        }

        var schedule = new { id = "ag-1", customerId = "erp-9", owner = "ana", tag = "venda-com-contato", product = "intimacao", created = "2026-11-20", due = "2026-11-24" };
        Assert.Equal(1, (await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/data/schedules", new[] { schedule }))).GetProperty("created").GetInt32());
        var moved = await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/data/schedules", new[] { schedule with { tag = "suporte" } }), 422);
        Assert.Contains("cannot change", moved.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var renewed = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/data/schedules", new[] { schedule with { due = "2026-11-27", owner = "sales" } }));
        Assert.Equal(1, renewed.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task UnknownKind_Is404_AndKeyWithoutDataScope_Is403()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Data);
        await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/data/pedidos", new[] { new { id = 1 } }), 404);
        var flowsOnly = await api.ClientWithScopesAsync(StudioScopes.Flows);
        await StudioApi.ProblemAsync(await PostCsvAsync(flowsOnly, "customers", GoodCsv), 403);
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string kind, string csv, bool preview = false) =>
        client.PostAsync($"/api/studio/data/{kind}/csv{(preview ? "?preview=true" : "")}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<int> CountCustomersAsync(StudioApi api)
    {
        await using var db = api.Host.App.Services.GetRequiredService<StoreFactory>().Create();
        return await db.Customers.CountAsync();
    }

    private static async Task<int> CountAuditAsync(StudioApi api)
    {
        await using var db = api.Host.App.Services.GetRequiredService<StoreFactory>().Create();
        return await db.AuditLog.CountAsync();
    }
}
