using ContactCentre.Bot.Hosting;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Runtime;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>
/// One node of a deployment, in this process (its own container: its own in-process locks, outbox sender, spool)
/// on real Kestrel, with the test channel on; several on one database are several nodes.
/// </summary>
internal sealed class InProcessNode : IAsyncDisposable
{
    private InProcessNode(WebApplication app, Uri baseAddress)
    {
        App = app;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }
    public HttpClient Client { get; }
    public StoreFactory Stores => App.Services.GetRequiredService<StoreFactory>();

    public static string[] Settings(DatabaseOptions db, Uri? sink = null) =>
    [
        $"--Database:Provider={db.Provider}",
        $"--Database:ConnectionString={db.ConnectionString}",
        "--Database:SeedDemoData=false",
        "--Channels:Test:Enabled=true",
        $"--Channels:Test:Secret={TestChannelClient.Secret}",
        .. sink is null ? Array.Empty<string>() : [$"--Channels:Test:SinkUrl={sink}"],
        "--Outbox:PollSeconds=0.2",
        "--Outbox:BaseBackoffSeconds=0.2",
        "--Outbox:LeaseSeconds=5",
        $"--Cluster:SpoolDirectory={Path.Combine(Path.GetTempPath(), $"cc-spool-{Guid.NewGuid():N}")}",
        "--Cluster:SpoolRetrySeconds=0.2",
        "--Logging:LogLevel:Default=Warning",
    ];

    public static async Task<InProcessNode> StartAsync(IEnumerable<string> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var app = WebHost.Build(["--urls", "http://127.0.0.1:0", .. settings], configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessNode(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
