using System.Net;
using System.Text.Json;
using ContactCentre.Bot.Hosting;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Tests.Hosting;

public sealed class HostTests
{
    [Fact]
    public async Task Health_OnRealKestrel_AnswersOkWhenStoreReachable()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Start_OnEmptyDatabase_MigratesAndLoadsDemoWorld()
    {
        await using var host = await TestHost.StartAsync("--Database:SeedDemoData=true");

        var stores = host.App.Services.GetRequiredService<StoreFactory>();
        await using var db = stores.Create();
        Assert.True(await db.Customers.CountAsync() >= 12);
        Assert.Contains(await db.Agents.Select(a => a.Id).ToListAsync(), id => id == "ana");
    }

    [Fact]
    public async Task Start_WithUnknownDatabaseProvider_StopsNamingTheKey()
    {
        var app = WebHost.Build(["--urls", "http://127.0.0.1:0", "--Database:Provider=Oracle"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
        await app.DisposeAsync();
    }

    [Fact]
    public void Start_WithBadRuleParameter_StopsNamingTheParameter()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WebHost.Build(["--Routing:offerTimeout=soon"]));

        Assert.Contains("offerTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithUnknownRuleParameter_StopsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WebHost.Build(["--Routing:offerTimout=60"]));

        Assert.Contains("offerTimout", error.Message, StringComparison.Ordinal);
    }
}
