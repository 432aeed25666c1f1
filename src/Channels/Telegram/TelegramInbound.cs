using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.Telegram;

/// <summary>A verified update: a customer message to run a turn for, or one we take and ignore (edits, joins, polls…).</summary>
public sealed record TelegramInbound(Activity? Activity, string? IgnoredBecause)
{
    public static TelegramInbound Message(Activity activity) => new(activity, null);

    public static TelegramInbound Ignore(string because) => new(null, because);
}
