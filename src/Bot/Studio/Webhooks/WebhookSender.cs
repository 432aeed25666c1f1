using System.Text;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>
/// Sends due deliveries: leases a batch (so two nodes never send the same row at once), POSTs each signed body,
/// records the answer. 2xx = delivered; anything else (or no answer) is retried with exponential backoff and jitter
/// until <see cref="WebhookOptions.MaxAttempts"/>, then marked failed. A receiver may see a delivery twice (a crash
/// after its 2xx, before we recorded it): <c>X-ContactCentre-Delivery</c> and the event id let it drop repeats.
/// </summary>
public sealed class WebhookSender(StoreFactory stores, IHttpClientFactory http, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookSender> logger)
{
    public const string HttpClientName = "studio-webhooks";
    private const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>Sends what is due; returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<(WebhookDelivery Delivery, WebhookSubscription Subscription)> batch;
        await using (var db = stores.Create())
        {
            var due = await db.WebhookDeliveries
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
                .OrderBy(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            due.ForEach(d => d.LeaseUntil = now + Lease);
            await db.SaveChangesAsync(cancellationToken);
            var ids = due.Select(d => d.SubscriptionId).Distinct().ToList();
            var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            batch = [.. due.Where(d => subscriptions.ContainsKey(d.SubscriptionId)).Select(d => (d, subscriptions[d.SubscriptionId]))];
        }

        foreach (var (delivery, subscription) in batch)
        {
            var (status, error) = await PostAsync(delivery, subscription, cancellationToken);
            await RecordAsync(delivery.Id, status, error, cancellationToken);
        }

        return batch.Count;
    }

    private async Task<(int? Status, string? Error)> PostAsync(WebhookDelivery delivery, WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.Secret, delivery.Payload));
        request.Headers.Add("X-ContactCentre-Event", delivery.Event);
        request.Headers.Add("X-ContactCentre-Delivery", delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, e.Message);
        }
    }

    private async Task RecordAsync(long id, int? status, string? error, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var delivery = await db.WebhookDeliveries.FirstAsync(d => d.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LastStatusCode = status;
        delivery.LeaseUntil = null;
        if (error is null)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
            delivery.LastError = null;
        }
        else
        {
            delivery.LastError = error.Length <= 2000 ? error : error[..2000];
            var o = options.Value;
            if (delivery.Attempts >= o.MaxAttempts)
            {
                delivery.Status = WebhookDeliveryStatus.Failed;
                logger.LogWarning("Webhook delivery {Id} ({Event}) failed after {Attempts} attempts: {Error}", id, delivery.Event, delivery.Attempts, error);
            }
            else
            {
                var delay = Math.Min(o.MaxRetrySeconds, o.RetryBaseSeconds * Math.Pow(2, delivery.Attempts - 1));
                delivery.NextAttemptAt = now + TimeSpan.FromSeconds(delay * (0.8 + (Random.Shared.NextDouble() * 0.4)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
