using ContactCentre.Bot.Email;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Email;
using ContactCentre.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>
/// R7 by e-mail: sends the conversation's quote (or quotes what the message names, as quote-price does,
/// follow-up included) to the customer's e-mail as an itemised HTML mail with the PDF attached. On the
/// e-mail channel it is the answer in the thread, in place of the chat-style text quote; from any other
/// channel it is queued as its own mail, in the same transaction as the turn.
/// </summary>
public sealed class EmailQuoteAction(IOptions<EmailOptions>? options = null) : IFlowAction
{
    public string Name => "email-quote";
    public IReadOnlyList<string> Outcomes { get; } = ["sent", "no-email", "no-quote"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var quote = await CurrentQuoteAsync(turn, cancellationToken);
        if (quote is null)
        {
            if (await new QuotePriceAction().RunAsync(turn, node, cancellationToken) == "no-product")
            {
                return "no-quote";
            }

            quote = await CurrentQuoteAsync(turn, cancellationToken);
            if (quote is null)
            {
                return "no-quote";
            }
        }

        var conversation = turn.Turn.Conversation;
        var onEmail = conversation.Channel == EmailInboundMapper.Channel;
        var to = onEmail ? conversation.CustomerAddress : AddressFor(turn);
        if (to is null)
        {
            turn.Say(Text(turn, "emailQuoteNoAddress", "Para enviar o orçamento por e-mail, me diga o seu endereço de e-mail."));
            return "no-email";
        }

        var plain = QuoteText.Render(turn, quote);
        var mail = QuoteMail.Build(turn.Turn, quote, to, plain, options?.Value ?? new EmailOptions());
        quote.SentByEmailTo = to;
        if (onEmail)
        {
            // The e-mailed quote takes the place of the text quote quote-price may have put in this turn's replies.
            var replies = turn.Turn.Replies;
            var textQuote = replies.FindIndex(r => r.Text == plain);
            if (textQuote >= 0)
            {
                replies[textQuote] = mail;
            }
            else
            {
                replies.Add(mail);
            }

            return "sent";
        }

        Queue(turn.Turn, mail, to);
        turn.Say(Text(turn, "emailQuoteSent", "Enviei o orçamento para {email}."), new Dictionary<string, string> { ["email"] = to });
        return "sent";
    }

    /// <summary>The quote made in this conversation most recently (this turn's first, still unsaved).</summary>
    private static async Task<Quote?> CurrentQuoteAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var db = turn.Turn.Db;
        var conversationId = turn.Turn.Conversation.Id;
        var fresh = db.Quotes.Local.Where(q => q.ConversationId == conversationId).OrderByDescending(q => q.CreatedAt).FirstOrDefault();
        if (fresh is not null)
        {
            return fresh;
        }

        if (turn.State.Variables.TryGetValue("quote", out var id) && Guid.TryParseExact(id, "N", out var quoteId))
        {
            return await db.Quotes.FirstOrDefaultAsync(q => q.Id == quoteId, cancellationToken);
        }

        return null;
    }

    /// <summary>An address the customer just typed, one the dialog collected, or the one on the customer's record.</summary>
    private static string? AddressFor(FlowTurn turn) =>
        turn.Message.Email?.Value
        ?? (turn.State.Variables.TryGetValue("email", out var collected) && Domain.Customers.EmailAddress.TryParse(collected, out var parsed) ? parsed!.Value : null)
        ?? turn.Turn.Customer?.Customer.Emails.FirstOrDefault();

    /// <summary>A mail from another channel's conversation: its own transcript line and outbox row on the e-mail channel.</summary>
    private static void Queue(TurnContext turn, Channels.Abstractions.Activity mail, string to)
    {
        var line = ConversationWriter.AppendTranscript(turn.Db, turn.Conversation, TranscriptKind.Outbound, "bot", mail, turn.Now);
        turn.Db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.Parse(mail.Id!),
            ConversationId = turn.Conversation.Id,
            Channel = EmailInboundMapper.Channel,
            Recipient = to,
            ActivityJson = ActivityJson.Serialize(mail),
            ReplyToProviderId = turn.Inbound?.Id,
            CreatedAt = turn.Now.AddTicks(line.Sequence * TimeSpan.TicksPerMicrosecond),
            NextAttemptAt = turn.Now,
        });
    }

    private static string Text(FlowTurn turn, string key, string fallback) => turn.Document.Replies.ContainsKey(key) ? key : fallback;
}
