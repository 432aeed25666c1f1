using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ContactCentre.Bot.Cluster;

/// <summary>
/// The node's one connection to Redis, opened on first use and never fatal: AbortOnConnectFail=false makes the
/// client keep reconnecting in the background while Redis is gone, so a Redis outage degrades the console's
/// cross-node push, never the conversations (they depend on the database only).
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(options.Value, logger));

    public bool IsEnabled => options.Value.IsEnabled;

    /// <summary>Redis's round trip, or why it failed.</summary>
    public async Task<(bool Reachable, string Detail)> PingAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            return (true, "off");
        }

        try
        {
            var connection = await _connection.Value.WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
            var latency = await connection.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return (true, $"{latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return (false, e.Message);
        }
    }

    public static ConfigurationOptions Parse(string configuration)
    {
        var parsed = ConfigurationOptions.Parse(configuration);
        parsed.AbortOnConnectFail = false;
        parsed.ConnectTimeout = Math.Min(parsed.ConnectTimeout, 2000);
        return parsed;
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(RedisOptions options, ILogger logger)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(Parse(options.Configuration!));
        connection.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection lost ({FailureType}); reconnecting in the background.", e.FailureType);
        connection.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored.");
        return connection;
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }
}
