using ContactCentre.Domain.Campaigns;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>Field-by-field checks of a new campaign, each error naming its field.</summary>
public static class CampaignValidation
{
    public static Dictionary<string, string[]> Check(CreateCampaignRequest request, IReadOnlyCollection<string> products, IReadOnlyDictionary<string, string> templates)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            Add("name", "A name of 1 to 200 characters is required.");
        }

        if (request.Channel is not { } channel || !CampaignChannels.All.Contains(channel))
        {
            Add("channel", $"The channel must be one of: {string.Join(", ", CampaignChannels.All)}.");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            Add("text", "The message text is required (for WhatsApp, the template's text as the customer reads it).");
        }

        CheckSegment(request.Segment, products, Add);
        if (request.DiscountPercent is < 0 or > 100)
        {
            Add("discountPercent", "The discount is a percentage between 0 and 100.");
        }

        if (request.Channel == CampaignChannels.WhatsApp)
        {
            var sid = request.ContentSid;
            if (string.IsNullOrWhiteSpace(sid) && request.TemplatePurpose is { } purpose && !templates.ContainsKey(purpose))
            {
                Add("templatePurpose", $"The active flow has no template '{purpose}' (it has: {string.Join(", ", templates.Keys)}).");
            }
            else if (string.IsNullOrWhiteSpace(sid) && string.IsNullOrWhiteSpace(request.TemplatePurpose))
            {
                Add("contentSid", "WhatsApp reaches customers outside the 24-hour window only with an approved template: give contentSid or templatePurpose.");
            }
            else if (!string.IsNullOrWhiteSpace(sid) && !(sid.StartsWith("HX", StringComparison.Ordinal) && sid.Length == 34))
            {
                Add("contentSid", "A Twilio ContentSid is 'HX' followed by 32 hexadecimal digits.");
            }
        }

        if (request.Channel == CampaignChannels.Email && string.IsNullOrWhiteSpace(request.Subject))
        {
            Add("subject", "An e-mail campaign needs a subject.");
        }

        return errors;
    }

    public static void CheckSegment(SegmentRequest? segment, IReadOnlyCollection<string> products, Action<string, string> add)
    {
        if (segment is null)
        {
            return;
        }

        if (segment.InactiveForMoreThanDays is < 0)
        {
            add("segment.inactiveForMoreThanDays", "Days cannot be negative.");
        }

        if (segment.OpenDebtOlderThanYears is < 0)
        {
            add("segment.openDebtOlderThanYears", "Years cannot be negative.");
        }

        if (segment.Product is { Length: > 0 } product && !products.Contains(product.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            add("segment.product", $"Unknown product '{product}'.");
        }

        if (segment.ScheduleTag is { Length: > 0 } tag && !ScheduleTags.TryParse(tag, out _))
        {
            add("segment.scheduleTag", $"The tag must be one of: {string.Join(", ", ScheduleTags.All)}.");
        }
    }
}
