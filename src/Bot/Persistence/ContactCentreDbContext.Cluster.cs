using ContactCentre.Bot.Privacy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>
/// Cluster and privacy tables: the ASP.NET Data Protection key ring lives in the shared store, so a cookie or an
/// antiforgery token made by one node is read by every other; erasures of customer data are audited here.
/// </summary>
public abstract partial class ContactCentreDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ErasureRecord> Erasures => Set<ErasureRecord>();
}
