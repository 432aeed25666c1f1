using System.Net.WebSockets;
using System.Text;
using ContactCentre.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// The WebSocket behind streamUrl: first every activity after the URL's watermark (all of them after a
/// page reload), then live pushes as ActivitySets. A push that skips a sequence (another node appended,
/// or the push raced the catch-up read) is filled from the store, so order and completeness never depend
/// on pushes alone. Empty frames both ways are keep-alives.
/// </summary>
internal sealed class DirectLineStreamEndpoint(
    DirectLineTokens tokens,
    EfDirectLineStore store,
    DirectLineStreams streams,
    IOptions<DirectLineOptions> options)
{
    private const int PageSize = 100;

    public static void Map(RouteGroupBuilder group)
    {
        // Own little pipeline with the WebSocket middleware, as SignalR does: nothing global to register.
        var pipeline = ((IEndpointRouteBuilder)group).CreateApplicationBuilder();
        pipeline.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        pipeline.Run(http => http.RequestServices.GetRequiredService<DirectLineStreamEndpoint>().RunAsync(http));
        group.Map("/conversations/{conversationId}/stream", pipeline.Build());
    }

    private async Task RunAsync(HttpContext http)
    {
        var conversationId = (string)http.GetRouteValue("conversationId")!;
        var check = await tokens.ReadStreamTokenAsync(http.Request.Query["t"], http.RequestAborted);
        var watermarkIsValid = DirectLineWatermark.TryParse(http.Request.Query["watermark"], out var sent);
        IResult? refusal = check.Status switch
        {
            DirectLineTokenStatus.Expired => DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The stream token has expired; reconnect with GET conversations/{id}."),
            DirectLineTokenStatus.Invalid => DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The stream token is not valid."),
            _ when check.Token!.ConversationId != conversationId => DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The stream token is for another conversation."),
            _ when !http.WebSockets.IsWebSocketRequest => DirectLineErrors.BadArgument("This is a WebSocket endpoint."),
            _ when !watermarkIsValid => DirectLineErrors.BadArgument("watermark must be a whole number."),
            _ => null,
        };
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        using var subscription = streams.Subscribe(conversationId); // before the catch-up read, so nothing falls between
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var receiving = DrainUntilClosedAsync(socket, closed);
        try
        {
            sent = await CatchUpAsync(socket, conversationId, sent, closed.Token);
            var keepAlive = TimeSpan.FromSeconds(options.Value.StreamKeepAliveSeconds);
            while (!closed.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(closed.Token);
                wait.CancelAfter(keepAlive);
                bool more;
                try
                {
                    more = await subscription.Reader.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!closed.IsCancellationRequested)
                {
                    await SendAsync(socket, "", closed.Token);
                    sent = await CatchUpAsync(socket, conversationId, sent, closed.Token);
                    continue;
                }

                if (!more)
                {
                    break;
                }

                while (subscription.Reader.TryRead(out var item))
                {
                    if (item.IsTransient)
                    {
                        await SendAsync(socket, DirectLineWire.ActivitySet([item.Json], sent), closed.Token);
                    }
                    else if (item.Sequence == sent + 1)
                    {
                        await SendAsync(socket, DirectLineWire.ActivitySet([item.Json], item.Sequence), closed.Token);
                        sent = item.Sequence;
                    }
                    else if (item.Sequence > sent)
                    {
                        sent = await CatchUpAsync(socket, conversationId, sent, closed.Token);
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away.
        }

        await closed.CancelAsync();
        await receiving;
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // Closing is a courtesy; the connection ends either way.
            }
        }
    }

    private async Task<long> CatchUpAsync(WebSocket socket, string conversationId, long sent, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.ReadAsync(conversationId, sent, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return sent;
            }

            sent = page[^1].Sequence;
            await SendAsync(socket, DirectLineWire.ActivitySet(page.Select(a => a.Json), sent), cancellationToken);
        }
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads and ignores what the client sends (its "" pings) until it closes; then stops the sender.</summary>
    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted.
        }

        await closed.CancelAsync();
    }
}
