using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContactCentre.Bot.Tests.Runtime;

/// <summary>One activity the bot POSTed to the sink (the test channel's "provider").</summary>
internal sealed record SinkDelivery(string? Id, string? ReplyToId, string? Text, DateTimeOffset At);

/// <summary>
/// The test channel's outbound provider: a small Kestrel on a free loopback port that accepts every
/// POST to /sink with 200 and remembers what came, in arrival order.
/// </summary>
internal sealed class ActivitySink : IAsyncDisposable
{
    private readonly ConcurrentQueue<SinkDelivery> _deliveries;
    private readonly WebApplication _app;

    private ActivitySink(WebApplication app, ConcurrentQueue<SinkDelivery> deliveries, Uri url)
    {
        _app = app;
        _deliveries = deliveries;
        Url = url;
    }

    public Uri Url { get; }

    public IReadOnlyList<SinkDelivery> Deliveries => [.. _deliveries];

    public IReadOnlyList<SinkDelivery> RepliesTo(string inboundId) =>
        [.. _deliveries.Where(d => string.Equals(d.ReplyToId, inboundId, StringComparison.Ordinal))];

    public static async Task<ActivitySink> StartAsync()
    {
        var deliveries = new ConcurrentQueue<SinkDelivery>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/sink", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = json.RootElement;
            deliveries.Enqueue(new SinkDelivery(Read(root, "id"), Read(root, "replyToId"), Read(root, "text"), DateTimeOffset.UtcNow));
            return Results.Ok(new { accepted = true });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ActivitySink(app, deliveries, new Uri(new Uri(address), "/sink"));
    }

    private static string? Read(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
