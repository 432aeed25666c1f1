using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>What to do with one outbound WhatsApp activity: send <see cref="Send"/> (maybe turned into a template), or refuse it with Twilio's code.</summary>
public sealed record WhatsAppOutboundPlan(Activity? Send, string? ErrorCode, string? Problem, string? TemplatePurpose = null)
{
    public static WhatsAppOutboundPlan Refuse(string code, string problem) => new(null, code, problem);
}
