using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.WebChat;

internal sealed class DirectLineUploadConfiguration : IEntityTypeConfiguration<DirectLineUpload>
{
    public void Configure(EntityTypeBuilder<DirectLineUpload> builder)
    {
        builder.ToTable("DirectLineUploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.ConversationId).HasMaxLength(64);
        builder.Property(u => u.ContentType).HasMaxLength(200);
        builder.Property(u => u.Name).HasMaxLength(260);
        builder.HasIndex(u => u.ConversationId);
        builder.HasOne<DirectLineConversation>().WithMany().HasForeignKey(u => u.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
