using ContactCentre.Bot.AgentConsole.Panel;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>The console side panel's tables: the schedules' audit trail and the canned replies.</summary>
public abstract partial class ContactCentreDbContext
{
    public DbSet<ScheduleChange> ScheduleChanges => Set<ScheduleChange>();
    public DbSet<CannedReply> CannedReplies => Set<CannedReply>();
}
