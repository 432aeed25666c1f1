using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Flows.Versions;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Knowledge;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Sales;
using ContactCentre.Domain.Scheduling;
using ContactCentre.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>
/// The store. Provider-neutral model; <see cref="SqliteContactCentreDbContext"/> and
/// <see cref="PostgresContactCentreDbContext"/> add each provider's conventions and own their migrations.
/// </summary>
public abstract partial class ContactCentreDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Sale> Sales => Set<Sale>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<HeldChange> HeldChanges => Set<HeldChange>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<StoredDecision> Decisions => Set<StoredDecision>();
    public DbSet<SettingEntry> Settings => Set<SettingEntry>();
    public DbSet<InboundClaim> InboundClaims => Set<InboundClaim>();
    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<HandoffTransition> HandoffTransitions => Set<HandoffTransition>();
    public DbSet<KnowledgeEntry> Knowledge => Set<KnowledgeEntry>();
    public DbSet<SatisfactionRating> SatisfactionRatings => Set<SatisfactionRating>();
    public DbSet<FlowVersion> FlowVersions => Set<FlowVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContactCentreDbContext).Assembly);
    }

    /// <summary>Bumps the concurrency token of every changed conversation, so a stale writer gets a conflict.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Conversation>())
        {
            // Once per commit: a group commit that is retried alone saves the same changes a second time.
            if (entry.State == EntityState.Modified && entry.Property(c => c.Version).OriginalValue == entry.Entity.Version)
            {
                entry.Entity.Version++;
            }
        }
    }
}
