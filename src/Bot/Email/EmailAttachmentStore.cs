using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.Email;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Email;

/// <summary>
/// Keeps an inbound mail's files before its turn runs, each under a random id (a link to it cannot be guessed
/// from the mail's headers). Idempotent: a re-read after a crash finds the files by (Message-ID, position).
/// </summary>
public sealed class EmailAttachmentStore(StoreFactory stores, TimeProvider clock)
{
    /// <summary>The id each stored file is served under, by its position in the mail.</summary>
    public async Task<IReadOnlyDictionary<int, Guid>> StoreAsync(EmailInbound mail, CancellationToken cancellationToken)
    {
        var files = mail.Files.Where(f => f.Content is not null).ToList();
        if (files.Count == 0)
        {
            return new Dictionary<int, Guid>();
        }

        await using (var db = stores.Create())
        {
            var known = await KnownAsync(db, mail.MessageId, cancellationToken);
            foreach (var file in files.Where(f => !known.ContainsKey(f.Index)))
            {
                db.Set<EmailAttachment>().Add(new EmailAttachment
                {
                    Id = Guid.NewGuid(),
                    MessageId = mail.MessageId,
                    Index = file.Index,
                    FileName = file.FileName.Length > 255 ? file.FileName[..255] : file.FileName,
                    ContentType = file.ContentType.Length > 200 ? "application/octet-stream" : file.ContentType,
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
                // Another reader (another node) stored them first: the unique (MessageId, Index) says so; theirs are read below.
            }
        }

        await using var fresh = stores.Create();
        return await KnownAsync(fresh, mail.MessageId, cancellationToken);
    }

    public async Task<EmailAttachment?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.Set<EmailAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    private static async Task<Dictionary<int, Guid>> KnownAsync(ContactCentreDbContext db, string messageId, CancellationToken cancellationToken) =>
        await db.Set<EmailAttachment>().AsNoTracking().Where(a => a.MessageId == messageId).ToDictionaryAsync(a => a.Index, a => a.Id, cancellationToken);
}
