using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ContactCentre.Bot.Outbox;

/// <summary>
/// Sends due outbox rows through their channel adapter. Each send is: one write marking it Sending
/// (the lease), the provider call, one write recording the provider's id. A crash between the provider
/// accepting and that last write is the only way a message can go twice; the lease expiry retries it.
/// </summary>
public sealed class OutboxDrainer(
    StoreFactory stores,
    IEnumerable<IChannelAdapter> adapters,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    CrashPoints crashPoints,
    ILogger<OutboxDrainer> logger) : IDisposable
{
    private readonly Dictionary<string, IChannelAdapter> _adapters = adapters.ToDictionary(a => a.ChannelId, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new(StringComparer.Ordinal);

    // In-call retries for blips (a dropped connection); longer outages are persisted retries via NextAttemptAt.
    private readonly ResiliencePipeline<SendResult> _immediateRetry = new ResiliencePipelineBuilder<SendResult>()
        .AddRetry(new RetryStrategyOptions<SendResult>
        {
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = new PredicateBuilder<SendResult>().Handle<HttpRequestException>()
                .HandleResult(r => r is { Accepted: false, Retryable: true, RetryAfter: null }),
        })
        .Build();

    /// <summary>Sends every due row once; returns how many were sent.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        List<OutboxMessage> unfinished;
        await using (var db = stores.Create())
        {
            unfinished = await db.Outbox.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending)
                .OrderBy(m => m.CreatedAt)
                .Take(o.BatchSize * 4)
                .ToListAsync(cancellationToken);
        }

        // A conversation's replies leave in order: only the due rows before its first row that is not
        // due yet (backing off, or leased by a sender that may still be sending) are taken this round.
        var due = unfinished
            .GroupBy(m => m.ConversationId)
            .SelectMany(g => g.OrderBy(m => m.CreatedAt).TakeWhile(m => IsDue(m, now)))
            .Take(o.BatchSize)
            .ToList();

        var sent = 0;
        // One conversation's replies go in order; different conversations go in parallel.
        await Parallel.ForEachAsync(due.GroupBy(m => m.ConversationId), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (group, ct) =>
            {
                foreach (var message in group)
                {
                    if (!await SendOneAsync(message, ct))
                    {
                        break;
                    }

                    Interlocked.Increment(ref sent);
                }
            });
        return sent;
    }

    private static bool IsDue(OutboxMessage m, DateTimeOffset now) =>
        (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now);

    private async Task<bool> SendOneAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!_adapters.TryGetValue(row.Channel, out var adapter))
        {
            await RecordAsync(row.Id, m => Retry(m, $"channel '{row.Channel}' is not configured", null), cancellationToken);
            return false;
        }

        if (!await LeaseAsync(row.Id, TimeSpan.FromSeconds(o.LeaseSeconds), cancellationToken))
        {
            return false; // another sender took it
        }

        using var lease = await Limiter(adapter).AcquireAsync(1, cancellationToken);
        SendResult result;
        try
        {
            var activity = ActivityJson.Deserialize(row.ActivityJson);
            result = await _immediateRetry.ExecuteAsync(async ct => await adapter.SendAsync(activity, ct), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException)
        {
            result = SendResult.TryLater(e.Message);
        }

        if (result.Accepted)
        {
            crashPoints.Hit(CrashPoints.AfterProviderAccepted);
            await RecordAsync(row.Id, m =>
            {
                m.Status = OutboxStatus.Sent;
                m.ProviderMessageId = result.ProviderMessageId;
                m.SentAt = clock.GetUtcNow();
                m.StatusAt = m.SentAt;
                m.LeaseUntil = null;
                m.LastError = null;
            }, CancellationToken.None);
            return true;
        }

        logger.LogWarning("Send of outbox message {Id} on {Channel} failed (attempt {Attempt}): {Error}", row.Id, row.Channel, row.Attempts + 1, result.Error);
        await RecordAsync(row.Id, m =>
        {
            if (!result.Retryable || m.Attempts >= o.MaxAttempts)
            {
                m.Status = OutboxStatus.Failed;
                m.LastError = result.Error;
                m.StatusAt = clock.GetUtcNow();
                m.LeaseUntil = null;
            }
            else
            {
                Retry(m, result.Error, result.RetryAfter);
            }
        }, CancellationToken.None);
        return false;
    }

    private void Retry(OutboxMessage message, string? error, TimeSpan? retryAfter)
    {
        var o = options.Value;
        var backoff = Math.Min(o.MaxBackoffSeconds, o.BaseBackoffSeconds * Math.Pow(2, Math.Max(0, message.Attempts - 1)));
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        message.Status = OutboxStatus.Pending;
        message.LastError = error;
        message.LeaseUntil = null;
        message.NextAttemptAt = clock.GetUtcNow() + (retryAfter ?? TimeSpan.FromSeconds(backoff * jitter));
    }

    /// <summary>The one small write before the provider call: this sender owns the row until the lease ends.</summary>
    private async Task<bool> LeaseAsync(Guid id, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var now = clock.GetUtcNow();
        var changed = await db.Outbox
            .Where(m => m.Id == id && ((m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LeaseUntil, now + lease)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return changed == 1;
    }

    private async Task RecordAsync(Guid id, Action<OutboxMessage> change, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var message = await db.Outbox.FirstAsync(m => m.Id == id, cancellationToken);
        change(message);
        await db.SaveChangesAsync(cancellationToken);
    }

    private RateLimiter Limiter(IChannelAdapter adapter) => _limiters.GetOrAdd(adapter.ChannelId, _ =>
    {
        var perSecond = Math.Max(1, (int)Math.Floor(adapter.MaxMessagesPerSecond));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    });

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
