using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Outbound.FollowUps;

/// <summary>
/// The channel a follow-up goes on: the original conversation's (WhatsApp, e-mail in the same thread, Telegram),
/// else the record's phone on WhatsApp or its e-mail. Web chat visitors cannot be reached once they left the page.
/// </summary>
public static class FollowUpTargets
{
    private static readonly string[] Reachable = ["whatsapp", "email", "telegram"];

    public static async Task<FollowUpTarget?> ResolveAsync(ContactCentreDbContext db, Schedule schedule, Customer customer, IReadOnlySet<string> channels,
        CancellationToken cancellationToken)
    {
        var original = schedule.ConversationId is { } id
            ? await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : null;
        if (original is not null && Reachable.Contains(original.Channel) && channels.Contains(original.Channel))
        {
            string? replyTo = null;
            if (ChannelConventions.ConversationPerThread(original.Channel))
            {
                // The e-mail it answers: the customer's last mail in that thread, so the follow-up carries In-Reply-To/References.
                var last = await db.Transcript.AsNoTracking()
                    .Where(t => t.ConversationId == original.Id && t.Kind == TranscriptKind.Inbound)
                    .OrderByDescending(t => t.Sequence)
                    .Select(t => t.ActivityJson)
                    .FirstOrDefaultAsync(cancellationToken);
                replyTo = last is null ? null : ActivityJson.Deserialize(last).Id;
            }

            return new FollowUpTarget(original.Channel, original.CustomerAddress, original.ChannelConversationId, replyTo);
        }

        if (customer.Phones.FirstOrDefault() is { } phone && channels.Contains("whatsapp"))
        {
            return new FollowUpTarget("whatsapp", phone, null, null);
        }

        return customer.Emails.FirstOrDefault() is { } email && channels.Contains("email")
            ? new FollowUpTarget("email", email, null, null)
            : null;
    }
}
