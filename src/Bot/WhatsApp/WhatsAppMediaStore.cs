using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// Inbound media: registered (one row per MediaUrl{N}) before the turn runs, so the transcript's attachments
/// point at our copy (<see cref="Path"/>) from the start; the fetcher downloads them in the background,
/// keeping the webhook's answer fast. A provider retry finds the rows of its first copy and reuses them.
/// </summary>
public sealed class WhatsAppMediaStore(StoreFactory stores, IOptions<TwilioOptions> options, TimeProvider clock)
{
    public const string PathPrefix = "/api/channels/whatsapp/media/";

    /// <summary>The <see cref="WhatsAppMedia.SourceUrl"/> of media we send (Twilio fetches it from us, without a session).</summary>
    public const string OutboundSource = "outbound";

    public static string Path(Guid id) => $"{PathPrefix}{id:N}";

    /// <summary>The activity with each attachment's URL replaced by our copy's.</summary>
    public async Task<Activity> RegisterAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments.Count == 0 || activity.Id is not { } sid)
        {
            return activity;
        }

        var ids = await ExistingAsync(sid, cancellationToken);
        if (ids.Count < activity.Attachments.Count)
        {
            try
            {
                await AddAsync(sid, activity.Attachments, ids, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A concurrent copy of the message registered them first: use its rows.
            }

            ids = await ExistingAsync(sid, cancellationToken);
        }

        return activity with
        {
            Attachments = [.. activity.Attachments.Select((a, i) => a with { ContentUrl = Path(ids[i]), Name = a.Name ?? NameFor(a.ContentType, i) })],
        };
    }

    /// <summary>
    /// An outbound activity whose files are inline (base64 <see cref="Attachment.Content"/>, as a quote PDF is made):
    /// each is kept once per message and index, and the attachment points at our copy, which Twilio fetches.
    /// </summary>
    public async Task<Activity> PublishAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var files = activity.Attachments.Select(Inline).ToList();
        if (files.All(f => f is null))
        {
            return activity;
        }

        var key = OutboundKey(activity.Id ?? Guid.NewGuid().ToString("N"));
        var ids = await ExistingAsync(key, cancellationToken);
        if (ids.Count < files.Count(f => f is not null))
        {
            try
            {
                await using var db = stores.Create();
                var now = clock.GetUtcNow();
                for (var i = 0; i < files.Count; i++)
                {
                    if (files[i] is { } content && !ids.ContainsKey(i))
                    {
                        db.Add(new WhatsAppMedia
                        {
                            Id = Guid.NewGuid(), MessageSid = key, Index = i, SourceUrl = OutboundSource, ContentType = activity.Attachments[i].ContentType,
                            Status = WhatsAppMediaStatus.Stored, Content = content, Size = content.LongLength, CreatedAt = now, StoredAt = now, NextAttemptAt = now,
                        });
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A retry of this send (another sender) stored them first.
            }

            ids = await ExistingAsync(key, cancellationToken);
        }

        return activity with
        {
            Attachments = [.. activity.Attachments.Select((a, i) => files[i] is null ? a : a with { ContentUrl = Path(ids[i]), Content = null })],
        };
    }

    private static string OutboundKey(string activityId) => "out:" + activityId;

    /// <summary>The bytes of a file carried inline as base64 (no URL), or null.</summary>
    private static byte[]? Inline(Attachment attachment)
    {
        var base64 = attachment.Content switch
        {
            string text => text,
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } json => json.GetString(),
            _ => null,
        };
        if (!string.IsNullOrEmpty(attachment.ContentUrl) || string.IsNullOrEmpty(base64))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public async Task<WhatsAppMedia?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.Set<WhatsAppMedia>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    private async Task<Dictionary<int, Guid>> ExistingAsync(string sid, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.Set<WhatsAppMedia>().AsNoTracking().Where(m => m.MessageSid == sid).ToDictionaryAsync(m => m.Index, m => m.Id, cancellationToken);
    }

    private async Task AddAsync(string sid, IReadOnlyList<Attachment> attachments, Dictionary<int, Guid> existing, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var now = clock.GetUtcNow();
        for (var i = 0; i < attachments.Count; i++)
        {
            if (existing.ContainsKey(i))
            {
                continue;
            }

            var source = attachments[i].ContentUrl ?? "";
            var allowed = Uri.TryCreate(source, UriKind.Absolute, out var url) && TwilioMediaHosts.IsAllowed(url, options.Value.MediaHosts);
            db.Add(new WhatsAppMedia
            {
                Id = Guid.NewGuid(),
                MessageSid = sid,
                Index = i,
                SourceUrl = source.Length <= 2048 ? source : source[..2048],
                ContentType = attachments[i].ContentType,
                Status = allowed ? WhatsAppMediaStatus.Pending : WhatsAppMediaStatus.Rejected,
                LastError = allowed ? null : "MediaUrl is not on Twilio's hosts: not fetched.",
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A file name agents see: audio-1.ogg, image-1.jpeg, document-1.pdf.</summary>
    public static string NameFor(string contentType, int index)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        var slash = contentType.IndexOf('/', StringComparison.Ordinal);
        var kind = slash > 0 ? contentType[..slash] : "file";
        var subtype = slash > 0 ? contentType[(slash + 1)..].Split(';')[0].Trim() : "bin";
        var extension = subtype switch
        {
            "mpeg" when kind == "audio" => "mp3",
            "vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
            "plain" => "txt",
            _ => subtype.Length is > 0 and <= 5 && subtype.All(char.IsAsciiLetterOrDigit) ? subtype : "bin",
        };
        var label = kind is "audio" or "image" or "video" ? kind : "document";
        return $"{label}-{index + 1}.{extension}";
    }
}
