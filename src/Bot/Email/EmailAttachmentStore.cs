using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.Email;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Email;

/// <summary>Keeps an inbound mail's files before its turn runs; idempotent, so a re-read after a crash is harmless.</summary>
public sealed class EmailAttachmentStore(StoreFactory stores, TimeProvider clock)
{
    public async Task StoreAsync(EmailInbound mail, CancellationToken cancellationToken)
    {
        var files = mail.Files.Where(f => f.Content is not null).ToList();
        if (files.Count == 0)
        {
            return;
        }

        await using var db = stores.Create();
        var ids = files.Select(f => f.Id).ToList();
        var known = await db.Set<EmailAttachment>().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var file in files.Where(f => !known.Contains(f.Id)))
        {
            db.Set<EmailAttachment>().Add(new EmailAttachment
            {
                Id = file.Id,
                MessageId = mail.MessageId,
                Index = file.Index,
                FileName = file.FileName.Length > 255 ? file.FileName[..255] : file.FileName,
                ContentType = file.ContentType,
                Size = file.Size,
                Content = file.Content!,
                StoredAt = clock.GetUtcNow(),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another reader (another node) may have stored them first; anything else is a real failure.
            if (!await AllStoredAsync(ids, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task<EmailAttachment?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.Set<EmailAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    private async Task<bool> AllStoredAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.Set<EmailAttachment>().CountAsync(a => ids.Contains(a.Id), cancellationToken) == ids.Count;
    }
}
