namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Reads whole numbers from normalised tokens, in digits ("40") or in the flow's number words, compounds
/// included ("vinte e cinco", "cento e vinte", "dois mil e quinhentos"). Only the grammar is here; the words
/// and their values come from the flow's <c>numbers:</c> section.
/// </summary>
public sealed class NumberReader(IReadOnlyDictionary<string, int> words)
{
    // The conjunction of Portuguese compound numbers: grammar, like the digits, not vocabulary.
    private const string And = "e";

    /// <summary>A number starting at <paramref name="start"/>: its value and how many tokens it spans.</summary>
    public bool TryRead(IReadOnlyList<string> tokens, int start, out decimal value, out int length)
    {
        value = 0;
        length = 0;
        if (start >= tokens.Count)
        {
            return false;
        }

        if (tokens[start].Length <= 9 && tokens[start].All(char.IsAsciiDigit))
        {
            value = decimal.Parse(tokens[start], System.Globalization.CultureInfo.InvariantCulture);
            length = 1;
            return true;
        }

        if (!words.TryGetValue(tokens[start], out var first))
        {
            return false;
        }

        decimal total = 0, group = first;
        var room = Room(first);
        var end = start + 1;
        while (true)
        {
            var next = end < tokens.Count && tokens[end] == And ? end + 1 : end;
            if (next >= tokens.Count || !words.TryGetValue(tokens[next], out var word))
            {
                break;
            }

            if (word >= 1000 && word % 1000 == 0 && group < 1000)
            {
                // "dois mil": a multiplier closes the group so far.
                total += (group == 0 ? 1 : group) * word;
                group = 0;
                room = word;
            }
            else if (word < room)
            {
                // "vinte e cinco": the next word fills the zeros of the previous one.
                group += word;
                room = Room(word);
            }
            else
            {
                break;
            }

            end = next + 1;
        }

        value = total + group;
        length = end - start;
        return true;
    }

    // How big the next part of a compound may be: 20 leaves room for < 10, 100 for < 100, 7 for nothing.
    private static int Room(int value)
    {
        var room = 1;
        while (value > 0 && value % 10 == 0)
        {
            value /= 10;
            room *= 10;
        }

        return room;
    }
}
