using System.Text.Json;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>What managers do with campaigns: create, preview the audience and cost, schedule, cancel, and follow the counts.</summary>
public sealed class CampaignService(StoreFactory stores, IFlowCatalog flows, TimeProvider clock, RoutingSettings routing, IOptions<OutboundOptions> options,
    CampaignSignal signal)
{
    private const int SampleSize = 10;

    public async Task<CampaignView> CreateAsync(CreateCampaignRequest request, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = stores.Create();
        var products = await db.Products.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken);
        var templates = (await flows.GetActiveAsync(DialogEngine.DefaultFlowName, cancellationToken)).Document.Templates;
        var errors = CampaignValidation.Check(request, products, templates);
        if (errors.Count > 0)
        {
            throw CampaignProblemException.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var campaign = new Campaign
        {
            Id = Guid.NewGuid(),
            Name = request.Name!.Trim(),
            Channel = request.Channel!,
            Segment = (request.Segment ?? new SegmentRequest()).ToSegment(),
            Text = request.Text!.Trim(),
            Subject = request.Subject?.Trim(),
            ContentSid = string.IsNullOrWhiteSpace(request.ContentSid) ? (request.TemplatePurpose is { } p ? templates.GetValueOrDefault(p) : null) : request.ContentSid,
            TemplatePurpose = request.TemplatePurpose,
            ContentVariablesJson = request.ContentVariables is { Count: > 0 } v ? JsonSerializer.Serialize(v) : null,
            DiscountPercent = request.DiscountPercent,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        if (request.StartAt is { } start)
        {
            campaign.Schedule(start);
        }

        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return await ViewAsync(db, campaign, cancellationToken);
    }

    public async Task<CampaignPreview> PreviewAsync(string? channel, SegmentRequest? segment, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (channel is null || !CampaignChannels.All.Contains(channel))
        {
            errors["channel"] = [$"The channel must be one of: {string.Join(", ", CampaignChannels.All)}."];
        }

        await using var db = stores.Create();
        var products = await db.Products.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken);
        CampaignValidation.CheckSegment(segment, products, (field, message) => errors[field] = [message]);
        if (errors.Count > 0)
        {
            throw CampaignProblemException.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        var audience = await CampaignAudience.EvaluateAsync(db, (segment ?? new SegmentRequest()).ToSegment(), channel!, calendar, calendar.DateOf(now), cancellationToken);
        var price = options.Value.CostPerMessage.GetValueOrDefault(channel!);
        return new CampaignPreview(channel!, audience.Members.Count, [.. audience.Members.Take(SampleSize)], audience.OptedOut, audience.Unreachable,
            audience.SharedAddress, price, decimal.Round(price * audience.Members.Count, 2));
    }

    public async Task<CampaignPreview> PreviewAsync(Guid id, CancellationToken cancellationToken)
    {
        Campaign campaign;
        await using (var db = stores.Create())
        {
            campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw CampaignProblemException.NotFound(id);
        }

        var s = campaign.Segment;
        return await PreviewAsync(campaign.Channel, new SegmentRequest
        {
            InactiveForMoreThanDays = s.InactiveForMoreThanDays, OpenDebtOlderThanYears = s.OpenDebtOlderThanYears, Product = s.Product,
            ScheduleTag = s.ScheduleTag, Active = s.Active,
        }, cancellationToken);
    }

    public async Task<CampaignView> ScheduleAsync(Guid id, DateTimeOffset? startAt, CancellationToken cancellationToken) =>
        await ChangeAsync(id, c => c.Schedule(startAt ?? clock.GetUtcNow()), cancellationToken);

    public async Task<CampaignView> CancelAsync(Guid id, CancellationToken cancellationToken) =>
        await ChangeAsync(id, c => c.Cancel(clock.GetUtcNow()), cancellationToken);

    public async Task<CampaignView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw CampaignProblemException.NotFound(id);
        return await ViewAsync(db, campaign, cancellationToken);
    }

    public async Task<IReadOnlyList<CampaignView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var campaigns = await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken);
        var views = new List<CampaignView>();
        foreach (var campaign in campaigns.OrderByDescending(c => c.CreatedAt))
        {
            views.Add(await ViewAsync(db, campaign, cancellationToken));
        }

        return views;
    }

    public async Task<IReadOnlyList<RecipientView>> RecipientsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        if (!await db.Campaigns.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw CampaignProblemException.NotFound(id);
        }

        var rows = await db.CampaignRecipients.AsNoTracking().Where(r => r.CampaignId == id).ToListAsync(cancellationToken);
        var ids = rows.Where(r => r.OutboxMessageId != null).Select(r => r.OutboxMessageId!.Value).ToList();
        var statuses = await db.Outbox.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Status, cancellationToken);
        return [.. rows.OrderBy(r => r.CustomerId, StringComparer.Ordinal).Select(r => new RecipientView(r.CustomerId, r.Address, r.State.ToString().ToLowerInvariant(),
            r.SkipReason, r.QueuedAt, r.OutboxMessageId is { } m && statuses.TryGetValue(m, out var st) ? st.ToString().ToLowerInvariant() : null, r.RepliedAt, r.ConversationId))];
    }

    private async Task<CampaignView> ChangeAsync(Guid id, Action<Campaign> change, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw CampaignProblemException.NotFound(id);
        try
        {
            change(campaign);
            campaign.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw CampaignProblemException.Conflict(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw CampaignProblemException.Conflict($"Campaign {id} changed meanwhile (the dispatcher started it, or another manager); reload and retry.");
        }

        signal.Notify();
        return await ViewAsync(db, campaign, cancellationToken);
    }

    private async Task<CampaignView> ViewAsync(ContactCentreDbContext db, Campaign campaign, CancellationToken cancellationToken) =>
        new(campaign.Id, campaign.Name, campaign.Channel, campaign.Status.ToString().ToLowerInvariant(), campaign.Segment, campaign.Text, campaign.Subject,
            campaign.ContentSid, campaign.DiscountPercent, campaign.StartAt, campaign.CreatedAt, campaign.CreatedBy, campaign.CompletedAt,
            await CountAsync(db, campaign.Id, cancellationToken));

    /// <summary>Counts from the recipients, the outbox rows that carried their messages, their replies and the sales after them.</summary>
    private async Task<CampaignCounts> CountAsync(ContactCentreDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var recipients = await db.CampaignRecipients.AsNoTracking().Where(r => r.CampaignId == id).ToListAsync(cancellationToken);
        var outboxIds = recipients.Where(r => r.OutboxMessageId != null).Select(r => r.OutboxMessageId!.Value).ToList();
        var statuses = await db.Outbox.AsNoTracking().Where(m => outboxIds.Contains(m.Id)).Select(m => m.Status).ToListAsync(cancellationToken);
        var customers = recipients.Where(r => r.QueuedAt != null).ToDictionary(r => r.CustomerId, r => r.QueuedAt!.Value, StringComparer.Ordinal);
        var customerIds = customers.Keys.ToList();
        var sales = await db.Sales.AsNoTracking().Where(s => customerIds.Contains(s.CustomerId)).Select(s => new { s.CustomerId, s.At }).ToListAsync(cancellationToken);
        var window = TimeSpan.FromDays(options.Value.Campaigns.AttributionDays);
        var converted = sales.Where(s => s.At >= customers[s.CustomerId] && s.At <= customers[s.CustomerId] + window).Select(s => s.CustomerId).Distinct(StringComparer.Ordinal).Count();
        return new CampaignCounts(
            recipients.Count,
            recipients.Count(r => r.State == RecipientState.Pending),
            recipients.Count(r => r.State == RecipientState.Queued),
            recipients.Count(r => r.State == RecipientState.Skipped),
            statuses.Count(s => s is OutboxStatus.Sent or OutboxStatus.Delivered or OutboxStatus.Read),
            statuses.Count(s => s is OutboxStatus.Delivered or OutboxStatus.Read),
            statuses.Count(s => s == OutboxStatus.Read),
            statuses.Count(s => s == OutboxStatus.Failed),
            recipients.Count(r => r.RepliedAt != null),
            converted);
    }
}
