using System.Globalization;

namespace ContactCentre.Bot.WebChat;

/// <summary>Watermarks are the log's sequence numbers as strings; empty or absent means "from the start".</summary>
internal static class DirectLineWatermark
{
    public static bool TryParse(string? value, out long sequence)
    {
        sequence = 0;
        return string.IsNullOrEmpty(value) || (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out sequence) && sequence >= 0);
    }
}
