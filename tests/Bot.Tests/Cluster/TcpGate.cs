using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>
/// A loopback TCP forwarder between a node and a real server (PostgreSQL, Redis). Close() is the server going
/// away for the node: every open connection is cut and new ones are refused; Open() brings it back on the same
/// port. The server itself is untouched, so other tests sharing it are not disturbed.
/// </summary>
internal sealed class TcpGate : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _accepting;

    public TcpGate(int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Loopback, targetPort);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Open();
    }

    public int Port { get; }

    public bool IsOpen { get; private set; }

    public void Open()
    {
        lock (_gate)
        {
            if (IsOpen)
            {
                return;
            }

            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _accepting = new CancellationTokenSource();
            _ = AcceptLoopAsync(_listener, _accepting.Token);
            IsOpen = true;
        }
    }

    /// <summary>Cuts every connection (reset, as when a server or its host dies) and refuses new ones.</summary>
    public void Close()
    {
        lock (_gate)
        {
            if (!IsOpen)
            {
                return;
            }

            _accepting!.Cancel();
            _listener!.Stop();
            foreach (var connection in _connections.Keys)
            {
                try
                {
                    connection.Client?.Close(0); // timeout 0: a reset, as when the server's host dies
                }
                catch (ObjectDisposedException)
                {
                }

                connection.Dispose();

                _connections.TryRemove(connection, out _);
            }

            IsOpen = false;
        }
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(inbound, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        _connections[inbound] = 0;
        _connections[outbound] = 0;
        try
        {
            await outbound.ConnectAsync(_target, cancellationToken);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), stop.Token);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), stop.Token);
            await Task.WhenAny(up, down);
            await stop.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _connections.TryRemove(inbound, out _);
            _connections.TryRemove(outbound, out _);
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        _accepting?.Dispose();
        return ValueTask.CompletedTask;
    }
}
