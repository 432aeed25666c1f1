using System.Net;
using System.Threading.RateLimiting;
using ContactCentre.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// Throttles: posts per conversation per second (a sliding one-second window, so a burst gets exactly the
/// configured number through) and new web chat conversations per client address per minute.
/// </summary>
public sealed class DirectLineLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _posts;
    private readonly PartitionedRateLimiter<IPAddress> _tokens;

    public DirectLineLimits(IOptions<DirectLineOptions> options)
    {
        var o = options.Value;
        _posts = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetSlidingWindowLimiter(conversationId, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = o.MaxPostsPerSecond,
            Window = TimeSpan.FromSeconds(1),
            SegmentsPerWindow = 10,
            QueueLimit = 0,
            AutoReplenishment = true,
        }), StringComparer.Ordinal);
        _tokens = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.TokensPerMinutePerAddress,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one post permit for the conversation; when refused, says how long to wait.</summary>
    public bool TryPost(string conversationId, out TimeSpan retryAfter) => TryTake(_posts, conversationId, TimeSpan.FromSeconds(1), out retryAfter);

    public bool TryNewConversation(IPAddress? address, out TimeSpan retryAfter) =>
        TryTake(_tokens, address ?? IPAddress.None, TimeSpan.FromMinutes(1), out retryAfter);

    private static bool TryTake<T>(PartitionedRateLimiter<T> limiter, T key, TimeSpan fallback, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(key);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : fallback;
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _posts.Dispose();
        _tokens.Dispose();
    }
}
