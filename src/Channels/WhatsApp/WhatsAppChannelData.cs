namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// The channelData keys an outbound WhatsApp activity may carry. With <see cref="ContentSid"/> the
/// message is an approved content template (sent with <see cref="ContentVariables"/>, without Body or media):
/// the only kind WhatsApp delivers outside the 24-hour window, and how quick-reply buttons are sent.
/// </summary>
public static class WhatsAppChannelData
{
    /// <summary>The content template's SID (<c>HX…</c>).</summary>
    public const string ContentSid = "contentSid";

    /// <summary>The template's variables: a JSON object such as <c>{"1":"Ana"}</c>.</summary>
    public const string ContentVariables = "contentVariables";

    /// <summary>Which of the flow's templates an agent or a flow asked for (a purpose name such as <c>reopen</c>).</summary>
    public const string TemplatePurpose = "templatePurpose";
}
