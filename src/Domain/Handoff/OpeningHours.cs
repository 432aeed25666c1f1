namespace ContactCentre.Domain.Handoff;

/// <summary>One weekday's attended hours, local time: open ≤ t &lt; close.</summary>
public sealed record OpeningHours(TimeOnly Open, TimeOnly Close)
{
    /// <summary>Parses "08:00-18:00"; throws naming the text when it is not that shape or closes before it opens.</summary>
    public static OpeningHours Parse(string text)
    {
        var parts = (text ?? "").Split('-', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", out var open)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", out var close)
            && close > open)
        {
            return new OpeningHours(open, close);
        }

        throw new FormatException($"'{text}' is not opening hours like 08:00-18:00 (closing after opening).");
    }

    public bool Contains(TimeOnly time) => time >= Open && time < Close;
}
