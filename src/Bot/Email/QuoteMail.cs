using System.Text.Json;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Email;
using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Email;

/// <summary>A quote as an e-mail activity: the itemised HTML body, the chat text as the plain alternative, and the PDF attached.</summary>
public static class QuoteMail
{
    public static Activity Build(TurnContext turn, Quote quote, string to, string plainText, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(options);
        var words = QuoteWording.For(turn.Conversation.Language);
        var customerName = turn.Customer?.Customer.Name;
        var html = QuoteHtml.Render(quote, words, customerName);
        var pdf = QuotePdf.Render(quote, words, options.DisplayName, customerName, options.PdfSharpLicense);
        var inThread = turn.Conversation.Channel == EmailInboundMapper.Channel;
        var activity = ConversationWriter.Outbound(turn.Conversation, TurnContext.BotAccount, plainText, turn.Now,
            attachments: [new Attachment("application/pdf", null, QuotePdf.FileName(quote, words), Convert.ToBase64String(pdf))],
            replyToId: inThread ? turn.Inbound?.Id : null);
        return activity with
        {
            ChannelId = EmailInboundMapper.Channel,
            Recipient = new ChannelAccount(to, customerName, "user"),
            Locale = words.Language,

            // In an e-mail thread the answer keeps the thread's "Re:" subject; from another channel it starts its own.
            ChannelData = JsonSerializer.SerializeToElement(new { subject = inThread ? null : $"{words.Title} nº {QuotePdf.Number(quote)}", html }),
        };
    }
}
