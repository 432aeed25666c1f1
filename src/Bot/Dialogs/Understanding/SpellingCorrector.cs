using System.Collections.Concurrent;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Maps a misspelt word to the closest word of a known vocabulary (the flow's own example sentences),
/// so "contratr", "reclamaçao" or "treinamnto" count as the words the examples use. Only words the
/// vocabulary lacks are corrected, and only when the nearest word is close enough for its length:
/// short words are too easy to confuse ("sim"/"sem") to be guessed at.
/// </summary>
public sealed class SpellingCorrector
{
    private readonly HashSet<string> _vocabulary;
    private readonly Dictionary<int, List<string>> _byLength;
    private readonly IReadOnlyDictionary<string, int> _frequency;
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <param name="frequency">Each known word and how often the examples use it (ties go to the commoner word).</param>
    public SpellingCorrector(IReadOnlyDictionary<string, int> frequency)
    {
        _frequency = frequency;
        _vocabulary = new HashSet<string>(frequency.Keys, StringComparer.Ordinal);
        _byLength = frequency.Keys.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToList());
    }

    public bool IsKnown(string word) => _vocabulary.Contains(word);

    /// <summary>The word itself when known, its correction when one is close enough, otherwise null.</summary>
    public string? Correct(string word)
    {
        if (_vocabulary.Contains(word))
        {
            return word;
        }

        var allowed = AllowedDistance(word.Length);
        if (allowed == 0 || word.Any(char.IsDigit))
        {
            return null;
        }

        // Bounded by the cache's size so hostile input cannot grow it forever.
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var correction = Nearest(word, allowed);
        if (_cache.Count < 50_000)
        {
            _cache[word] = correction;
        }

        return correction;
    }

    // 1 edit for 4–7 letters, 2 from 8 letters on: "tremaneto" is "treinamento" at 2 edits, "sim" is never "sem".
    private static int AllowedDistance(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    private string? Nearest(string word, int allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // Typos rarely touch the first letter; requiring it keeps "casa" from becoming "vasa".
                if (candidate[0] != word[0] || AllowedDistance(candidate.Length) == 0)
                {
                    continue;
                }

                var distance = Distance(word, candidate, Math.Min(allowed, bestDistance));
                var frequency = _frequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), capped at max + 1.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
