using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Studio.Audit;
using ContactCentre.Bot.Studio.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>The manager studio's tables: API keys, the audit log, webhook subscriptions and their delivery queue.</summary>
public abstract partial class ContactCentreDbContext
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
}
