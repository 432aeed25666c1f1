using ContactCentre.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContactCentre.Bot.Tests.Support;

/// <summary>The real host on real Kestrel, bound to a free loopback port, with a fresh SQLite file.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }

    public static Task<TestHost> StartAsync(params string[] settings) => StartAsync(map: null, settings);

    /// <summary>As above, with extra endpoints mapped by the test (e.g. a page that requires a role).</summary>
    public static async Task<TestHost> StartAsync(Action<WebApplication>? map, params string[] settings)
    {
        var db = TestDatabases.NewSqlite();
        string[] args = ["--urls", "http://127.0.0.1:0", $"--Database:ConnectionString={db.ConnectionString}", "--Logging:LogLevel:Default=Warning", .. settings];
        var app = WebHost.Build(args);
        map?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
