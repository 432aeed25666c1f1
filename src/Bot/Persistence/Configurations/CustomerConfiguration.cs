using ContactCentre.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.OwnerAgentId).HasMaxLength(64);
        builder.OwnsOne(c => c.Inactivation, i =>
        {
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16).HasColumnName("InactivationKind");
            i.Property(x => x.ByAgentId).HasMaxLength(64).HasColumnName("InactivatedBy");
            i.Property(x => x.At).HasColumnName("InactivatedAt");
        });

        // R3 looks records up by contact; the index is not unique on purpose: duplicates are R4's case.
        builder.OwnsMany(c => c.Contacts, contact =>
        {
            contact.ToTable("CustomerContacts");
            contact.WithOwner().HasForeignKey("CustomerId");
            contact.Property<int>("Id");
            contact.HasKey("Id");
            contact.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            contact.Property(x => x.Value).HasMaxLength(320);
            contact.HasIndex(x => new { x.Kind, x.Value });
        });
        builder.Navigation(c => c.Contacts).AutoInclude();
    }
}
