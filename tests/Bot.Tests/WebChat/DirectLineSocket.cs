using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>A raw WebSocket on a streamUrl that records every activity received, for tests that watch the stream itself.</summary>
internal sealed class DirectLineSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonElement> _received = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _reading;

    public List<string?> Watermarks { get; } = [];

    public int EmptyFrames { get; private set; }

    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<DirectLineSocket> OpenAsync(string streamUrl)
    {
        var socket = new DirectLineSocket();
        await socket._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        socket._reading = socket.ReadAsync();
        return socket;
    }

    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(Func<IReadOnlyList<JsonElement>, bool> done, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(Received))
        {
            if (DateTime.UtcNow > deadline || _reading!.IsCompleted)
            {
                throw new TimeoutException($"The stream never got there (socket {_socket.State}); received: {string.Join(" | ", Received.Select(a => $"{a.GetProperty("type").GetString()} {DirectLineTestClient.Text(a)}"))}");
            }

            await Task.Delay(100);
        }

        return Received;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                message.SetLength(0);
                if (text.Length == 0)
                {
                    EmptyFrames++;
                    continue;
                }

                using var set = JsonDocument.Parse(text);
                lock (_received)
                {
                    _received.AddRange(set.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()));
                }

                Watermarks.Add(set.RootElement.TryGetProperty("watermark", out var w) ? w.GetString() : null);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // closed
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // best effort
            }
        }

        await _stop.CancelAsync();
        if (_reading is not null)
        {
            await _reading;
        }

        _socket.Dispose();
        _stop.Dispose();
    }
}
