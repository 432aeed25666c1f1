namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// WhatsApp's customer-service window: free-form messages (text, media) are delivered only within 24 hours of
/// the customer's last message; outside it WhatsApp refuses them (Twilio error 63016) and only approved
/// templates go. <see cref="ClosesAt"/> is null when the customer never wrote (the window never opened).
/// </summary>
public sealed record WhatsAppWindow(DateTimeOffset? LastInboundAt, DateTimeOffset? ClosesAt, bool IsOpen, TimeSpan TimeLeft)
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    public static WhatsAppWindow At(DateTimeOffset? lastInboundAt, DateTimeOffset now)
    {
        if (lastInboundAt is not { } last)
        {
            return new WhatsAppWindow(null, null, false, TimeSpan.Zero);
        }

        var closes = last + Length;
        var left = closes - now;
        return new WhatsAppWindow(last, closes, left > TimeSpan.Zero, left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }
}
