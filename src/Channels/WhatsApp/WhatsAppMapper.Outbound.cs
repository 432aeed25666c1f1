using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.WhatsApp;

public static partial class WhatsAppMapper
{
    /// <summary>
    /// An outbound activity → the form fields of Twilio's Create Message call: To, From, then either a
    /// content template (ContentSid + ContentVariables from channelData, no Body or media) or Body (suggested
    /// actions appended as numbered options) with a MediaUrl per attachment; StatusCallback when given.
    /// Relative attachment URLs are resolved against <paramref name="publicBase"/> (Twilio fetches them itself).
    /// </summary>
    public static (IReadOnlyList<KeyValuePair<string, string>>? Fields, string? Problem) ToMessageFields(
        Activity activity, string from, string? statusCallback, Uri? publicBase)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Recipient?.Id is not { Length: > 0 } recipient)
        {
            return (null, "The activity has no recipient.");
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("To", recipient.StartsWith(AddressPrefix, StringComparison.OrdinalIgnoreCase) ? recipient : AddressPrefix + recipient),
            new("From", from),
        };

        if (Template(activity) is { } template)
        {
            fields.Add(new("ContentSid", template.Sid));
            if (template.Variables is { } variables)
            {
                fields.Add(new("ContentVariables", variables));
            }
        }
        else
        {
            var body = WithOptions(activity.Text, activity.SuggestedActions?.Actions);
            if (body.Length > 0)
            {
                fields.Add(new("Body", body));
            }

            foreach (var attachment in activity.Attachments.Where(a => !string.IsNullOrEmpty(a.ContentUrl)))
            {
                if (!Uri.TryCreate(attachment.ContentUrl, UriKind.RelativeOrAbsolute, out var url)
                    || (!url.IsAbsoluteUri && (publicBase is null || !Uri.TryCreate(publicBase, url, out url))))
                {
                    return (null, $"Attachment URL '{attachment.ContentUrl}' is not public: set Channels:Twilio:PublicBaseUrl.");
                }

                fields.Add(new("MediaUrl", url.AbsoluteUri));
            }

            if (body.Length == 0 && !fields.Any(f => f.Key == "MediaUrl"))
            {
                return (null, "Nothing to send: no text, media or template.");
            }
        }

        if (!string.IsNullOrEmpty(statusCallback))
        {
            fields.Add(new("StatusCallback", statusCallback));
        }

        return (fields, null);
    }

    /// <summary>WhatsApp free text has no buttons: suggested actions become "1. …" lines, which the dialog accepts as answers.</summary>
    public static string WithOptions(string? text, IReadOnlyList<CardAction>? actions)
    {
        var body = new StringBuilder(text ?? "");
        if (actions is { Count: > 0 })
        {
            // Choices whose titles already are their numbers (a 1–5 rating) read fine on one line.
            var numeric = actions.Select((a, i) => a.Title == (i + 1).ToString(CultureInfo.InvariantCulture)).All(x => x);
            body.Append(body.Length > 0 ? (numeric ? "\n" : "\n\n") : "");
            body.Append(numeric
                ? string.Join(" ", actions.Select(a => a.Title))
                : string.Join("\n", actions.Select((a, i) => $"{i + 1}. {a.Title}")));
        }

        return body.ToString();
    }

    /// <summary>The content template named in channelData, with its variables as the JSON string Twilio expects.</summary>
    public static (string Sid, string? Variables)? Template(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty(WhatsAppChannelData.ContentSid, out var sid) || sid.ValueKind != JsonValueKind.String
            || sid.GetString() is not { Length: > 0 } contentSid)
        {
            return null;
        }

        string? variables = null;
        if (data.TryGetProperty(WhatsAppChannelData.ContentVariables, out var v))
        {
            variables = v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Object => v.GetRawText(),
                _ => null,
            };
        }

        return (contentSid, variables);
    }
}
