using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Email;
using ContactCentre.Channels.Telegram;
using ContactCentre.Channels.WebChat;
using ContactCentre.Channels.WhatsApp;
using MimeKit;
using Telegram.Bot;
using TgUpdate = Telegram.Bot.Types.Update;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>
/// A scenario's customer turn as the real channel would deliver it: the wire payload the provider sends
/// (Twilio form, Telegram Update, MIME mail, Direct Line post) built here and mapped by that channel's own
/// pure wire mapper. No HTTP, no signature check. Channels without an adapter fall back to a plain activity.
/// </summary>
public static class ChannelEntry
{
    /// <summary>The Twilio account the scenario's WhatsApp traffic belongs to.</summary>
    public const string TwilioAccountSid = "AC0000000000000000000000005ce7a710";

    /// <summary>The bot's WhatsApp number (the "To" of every inbound message).</summary>
    public const string BotWhatsAppNumber = "+15550000000";

    /// <summary>The mailbox customers write to.</summary>
    public const string BotEmailAddress = "atendimento@scenario.example";

    /// <summary>Message-IDs sent so far, per customer mailbox, so one scenario's mails stay one thread.</summary>
    public sealed class EmailThreads
    {
        internal Dictionary<string, List<string>> Sent { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    public static Activity For(string channel, string address, string text, int turnIndex, DateTimeOffset now, string? locale = null,
        EmailThreads? threads = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(address);
        return channel switch
        {
            WhatsAppMapper.Channel => WhatsApp(address, text, turnIndex),
            TelegramMapper.Channel => Telegram(address, text, turnIndex, now, locale),
            EmailInboundMapper.Channel => Email(address, text, turnIndex, now, threads ?? new EmailThreads()),
            DirectLineWire.ChannelId => WebChat(address, text, turnIndex, now, locale),
            _ => new Activity
            {
                Id = $"scenario-{Guid.NewGuid():N}",
                Type = ActivityTypes.Message,
                Timestamp = now,
                From = new ChannelAccount(address, Role: "user"),
                Recipient = new ChannelAccount("bot", Role: "bot"),
                Conversation = new ConversationAccount(address),
                ChannelId = channel,
                Text = text,
                Locale = locale,
            },
        };
    }

    /// <summary>The form fields Twilio posts for an inbound WhatsApp text, mapped by <see cref="WhatsAppMapper.ToActivity"/>.</summary>
    public static Activity WhatsApp(string e164, string text, int turnIndex)
    {
        var digits = e164.TrimStart('+');
        var sid = $"SM{turnIndex:x4}{Guid.NewGuid():N}"[..34];
        var form = new List<KeyValuePair<string, string>>
        {
            new("SmsMessageSid", sid),
            new("NumMedia", "0"),
            new("ProfileName", "Cliente " + digits[^Math.Min(4, digits.Length)..]),
            new("MessageType", "text"),
            new("SmsSid", sid),
            new("WaId", digits),
            new("SmsStatus", "received"),
            new("Body", text),
            new("To", WhatsAppMapper.AddressPrefix + BotWhatsAppNumber),
            new("NumSegments", "1"),
            new("ReferralNumMedia", "0"),
            new("MessageSid", sid),
            new("AccountSid", TwilioAccountSid),
            new("From", WhatsAppMapper.AddressPrefix + e164),
            new("ApiVersion", "2010-04-01"),
        };
        var mapped = WhatsAppMapper.ToActivity(form);
        return mapped.Activity ?? throw new InvalidOperationException($"the WhatsApp mapper refused the turn: {mapped.Problem}");
    }

    /// <summary>The Update Telegram posts for a private text message, mapped by <see cref="TelegramMapper.Inbound"/>.</summary>
    public static Activity Telegram(string chatId, string text, int turnIndex, DateTimeOffset now, string? locale = null)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            throw new InvalidOperationException($"a Telegram chat id is a number, not '{chatId}'");
        }

        var from = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Cliente" };
        if (!string.IsNullOrWhiteSpace(locale))
        {
            from["language_code"] = locale.ToLowerInvariant(); // Telegram's own spelling: "pt-br", "en"
        }

        var update = new JsonObject
        {
            ["update_id"] = 100_000_000 + turnIndex * 1_000 + Random.Shared.Next(1_000),
            ["message"] = new JsonObject
            {
                ["message_id"] = turnIndex + 1,
                ["from"] = from,
                ["chat"] = new JsonObject { ["id"] = id, ["first_name"] = "Cliente", ["type"] = "private" },
                ["date"] = now.ToUnixTimeSeconds(),
                ["text"] = text,
            },
        };
        var parsed = update.Deserialize<TgUpdate>(JsonBotAPI.Options) ?? throw new InvalidOperationException("the Telegram update did not parse");
        var mapped = TelegramMapper.Inbound(parsed);
        return mapped.Activity ?? throw new InvalidOperationException($"the Telegram mapper ignored the turn: {mapped.IgnoredBecause}");
    }

    /// <summary>A plain-text mail from the customer, replying to their previous one, mapped by <see cref="EmailInboundMapper.Map"/>.</summary>
    public static Activity Email(string address, string text, int turnIndex, DateTimeOffset now, EmailThreads threads)
    {
        ArgumentNullException.ThrowIfNull(threads);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(address));
        message.To.Add(MailboxAddress.Parse(BotEmailAddress));
        message.Date = now;
        message.MessageId = $"scenario-{turnIndex}-{Guid.NewGuid():N}@customer.example";
        if (!threads.Sent.TryGetValue(address, out var earlier))
        {
            threads.Sent[address] = earlier = [];
        }

        message.Subject = earlier.Count == 0 ? "Atendimento" : "Re: Atendimento";
        if (earlier.Count > 0)
        {
            message.InReplyTo = earlier[^1];
            foreach (var reference in earlier)
            {
                message.References.Add(reference);
            }
        }

        message.Body = new TextPart("plain") { Text = text };
        earlier.Add(message.MessageId);
        var options = new EmailOptions { Address = BotEmailAddress };
        return EmailInboundMapper.Map(message, options).Activity;
    }

    /// <summary>What botframework-webchat posts, echoed as the Direct Line host does, mapped by <see cref="DirectLineWire.ToActivity"/>.</summary>
    public static Activity WebChat(string userId, string text, int turnIndex, DateTimeOffset now, string? locale = null)
    {
        var posted = new JsonObject
        {
            ["type"] = ActivityTypes.Message,
            ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = locale ?? "pt-BR",
            ["channelData"] = new JsonObject { ["clientActivityID"] = $"{now.ToUnixTimeMilliseconds()}{turnIndex}{Guid.NewGuid():N}"[..32] },
        };
        var echo = DirectLineWire.Echo(posted, ConversationId(userId), userId, null);
        return DirectLineWire.ToActivity(echo, $"{ConversationId(userId)}|{turnIndex:D7}", now);
    }

    /// <summary>One Direct Line conversation per scenario sender.</summary>
    public static string ConversationId(string userId) => userId;
}
