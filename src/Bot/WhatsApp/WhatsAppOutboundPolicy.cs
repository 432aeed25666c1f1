using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCentre.Bot.Flows;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// The 24-hour window and the flow's templates (<see cref="FlowDocument.Templates"/>: purpose → ContentSid)
/// applied to one outbound activity. Pure, so the sender, the console and the tests agree:
/// <list type="bullet">
/// <item>a template already chosen (channelData contentSid, or a configured templatePurpose) goes as it is, in or out of the window;</item>
/// <item>inside the window, free text goes, its suggested actions as quick-reply buttons when the flow has a
/// <c>quick-reply-N</c> template for N buttons (variables: 1 = text, 2… = button titles), else as numbered options;</item>
/// <item>outside it, the flow's <c>outside-window</c> template goes instead (variable 1 = the text), or nothing:
/// refused with Twilio's 63016 so agents see why instead of WhatsApp dropping it.</item>
/// </list>
/// </summary>
public static class WhatsAppOutboundPolicy
{
    public const string OutsideWindowPurpose = "outside-window";

    public static string QuickReplyPurpose(int buttons) => $"quick-reply-{buttons.ToString(CultureInfo.InvariantCulture)}";

    public static WhatsAppOutboundPlan Decide(Activity activity, WhatsAppWindow window, IReadOnlyDictionary<string, string> templates)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(templates);
        if (WhatsAppMapper.Template(activity) is not null)
        {
            return new WhatsAppOutboundPlan(activity, null, null);
        }

        if (Read(activity, WhatsAppChannelData.TemplatePurpose) is { } purpose)
        {
            if (templates.TryGetValue(purpose, out var chosen))
            {
                return new WhatsAppOutboundPlan(AsTemplate(activity, chosen, null), null, null, purpose);
            }

            if (!window.IsOpen)
            {
                return WhatsAppOutboundPlan.Refuse(TwilioErrors.OutsideWindow, $"{TwilioErrors.Describe(TwilioErrors.OutsideWindow)} O fluxo não tem o modelo '{purpose}'.");
            }
        }

        if (window.IsOpen)
        {
            var actions = activity.SuggestedActions?.Actions ?? [];
            if (actions.Count > 0 && templates.TryGetValue(QuickReplyPurpose(actions.Count), out var quickReply))
            {
                var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["1"] = activity.Text ?? "" };
                for (var i = 0; i < actions.Count; i++)
                {
                    variables[(i + 2).ToString(CultureInfo.InvariantCulture)] = actions[i].Title;
                }

                return new WhatsAppOutboundPlan(AsTemplate(activity, quickReply, variables), null, null, QuickReplyPurpose(actions.Count));
            }

            return new WhatsAppOutboundPlan(activity, null, null);
        }

        if (templates.TryGetValue(OutsideWindowPurpose, out var reopen))
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["1"] = activity.Text ?? "" };
            return new WhatsAppOutboundPlan(AsTemplate(activity, reopen, variables), null, null, OutsideWindowPurpose);
        }

        var since = window.LastInboundAt is { } last ? $" Última mensagem do cliente: {last:yyyy-MM-dd HH:mm} UTC." : " O cliente nunca escreveu neste canal.";
        return WhatsAppOutboundPlan.Refuse(TwilioErrors.OutsideWindow, TwilioErrors.Describe(TwilioErrors.OutsideWindow) + since);
    }

    /// <summary>The activity with channelData naming the template; variables given here replace any it carried.</summary>
    private static Activity AsTemplate(Activity activity, string contentSid, IReadOnlyDictionary<string, string>? variables)
    {
        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonNode.Parse(existing.GetRawText())!.AsObject()
            : [];
        data[WhatsAppChannelData.ContentSid] = contentSid;
        if (variables is not null)
        {
            data[WhatsAppChannelData.ContentVariables] = JsonSerializer.SerializeToNode(variables);
        }

        return activity with { ChannelData = JsonSerializer.SerializeToElement(data) };
    }

    private static string? Read(Activity activity, string name) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
