using System.Text;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Email;

namespace ContactCentre.Bot.Email;

/// <summary>
/// On e-mail a turn's replies go as one answer: several mails for one customer mail would read as
/// spam. Texts join with a blank line; an HTML body given by one of them (an e-mailed quote) keeps its place.
/// </summary>
public static class EmailReplies
{
    public static IReadOnlyList<Activity> Merge(IReadOnlyList<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count <= 1)
        {
            return replies;
        }

        var htmlBodies = replies.Select(r => Read(r.ChannelData, "html")).ToList();
        var subject = replies.Select(r => Read(r.ChannelData, "subject")).FirstOrDefault(s => s is not null);
        string? html = null;
        if (htmlBodies.Any(h => h is not null))
        {
            var joined = new StringBuilder();
            for (var i = 0; i < replies.Count; i++)
            {
                joined.Append(htmlBodies[i] ?? EmailComposer.Paragraphs(replies[i].Text));
            }

            html = joined.ToString();
        }

        var first = replies[0];
        return
        [
            first with
            {
                Text = string.Join("\n\n", replies.Select(r => r.Text?.Trim()).Where(t => !string.IsNullOrEmpty(t))),
                Attachments = [.. replies.SelectMany(r => r.Attachments)],
                SuggestedActions = replies.LastOrDefault(r => r.SuggestedActions is not null)?.SuggestedActions,
                ChannelData = html is null && subject is null ? first.ChannelData : JsonSerializer.SerializeToElement(new { subject, html }),
            },
        ];
    }

    private static string? Read(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
