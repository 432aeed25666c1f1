namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Reads whole numbers from normalised tokens, in digits ("40") or in the flow's number words, compounds
/// included ("vinte e cinco", "cento e vinte", "dois mil e quinhentos", "twenty-five", "two hundred and ten",
/// "one thousand five hundred"). Only the grammar is here; the words, their values and the joining words
/// ("e", "and") come from the flow's <c>numbers:</c> and <c>numberJoiners:</c>.
/// </summary>
public sealed class NumberReader
{
    // What a flow that names no joiners gets: the conjunction of Portuguese compounds, as before joiners existed.
    private static readonly string[] DefaultJoiners = ["e"];

    private readonly IReadOnlyDictionary<string, int> _words;
    private readonly HashSet<string> _joiners;

    public NumberReader(IReadOnlyDictionary<string, int> words, IEnumerable<string>? joiners = null)
    {
        _words = words ?? throw new ArgumentNullException(nameof(words));
        _joiners = (joiners ?? DefaultJoiners).Select(TextNormalizer.Normalize).Where(j => j.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

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

        if (!TryWord(tokens[start], out var first))
        {
            return false;
        }

        decimal total = 0, group = first;
        var room = Room(first);
        var end = start + 1;
        while (true)
        {
            var next = end < tokens.Count && _joiners.Contains(tokens[end]) ? end + 1 : end;
            if (next >= tokens.Count || !TryWord(tokens[next], out var word))
            {
                break;
            }

            if (word >= 1000 && word % 1000 == 0 && group < 1000)
            {
                // "dois mil", "two thousand": a multiplier closes the group so far.
                total += (group == 0 ? 1 : group) * word;
                group = 0;
                room = word;
            }
            else if (word == 100 && group is > 0 and < 10 && next == end)
            {
                // "two hundred": languages that count hundreds with a word multiply the units before it.
                group *= 100;
                room = 100;
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

    /// <summary>A number word, or a hyphenated compound of two ("twenty-five", "vinte-e-cinco" is not one).</summary>
    private bool TryWord(string token, out int value)
    {
        if (_words.TryGetValue(token, out value))
        {
            return true;
        }

        var dash = token.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < token.Length - 1
            && _words.TryGetValue(token[..dash], out var tens) && _words.TryGetValue(token[(dash + 1)..], out var units)
            && tens is >= 20 and < 100 && tens % 10 == 0 && units is > 0 and < 10)
        {
            value = tens + units;
            return true;
        }

        value = 0;
        return false;
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
