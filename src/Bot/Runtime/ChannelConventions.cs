using ContactCentre.Channels.Abstractions;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Runtime;

/// <summary>
/// The few places where a channel's nature changes the message path, kept together so the turn
/// pipeline stays channel-neutral: how conversations are keyed, how a turn's replies leave, and which
/// contact a channel vouches for.
/// </summary>
public static class ChannelConventions
{
    /// <summary>E-mail: one conversation per mail thread (the activity's conversation id is the thread root's Message-ID); others: one per customer address.</summary>
    public static bool ConversationPerThread(string channel) => channel == Channels.Email.EmailInboundMapper.Channel;

    /// <summary>E-mail: one answer per customer mail (the turn's replies merged), not one mail per bot sentence.</summary>
    public static IReadOnlyList<Activity> OutgoingReplies(string channel, IReadOnlyList<Activity> replies) =>
        channel == Channels.Email.EmailInboundMapper.Channel ? Email.EmailReplies.Merge([.. replies]) : replies;

    /// <summary>R3 from a phone number the channel vouches for: a Telegram contact the customer shared of themselves.</summary>
    public static ContactPoint? VouchedContact(Activity? inbound) =>
        Channels.Telegram.TelegramMapper.SharedOwnPhone(inbound) is { } shared && PhoneNumber.TryParse(shared, out var phone)
            ? ContactPoint.Phone(phone!)
            : null;
}
