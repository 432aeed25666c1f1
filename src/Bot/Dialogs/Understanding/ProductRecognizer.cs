using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Products and quantities from the price list's own words (names, synonyms, units and their plurals),
/// never from a list in code. A quantity is the number right next to the product or unit word, in digits or
/// words ("dois advogados", "2 pesquisas", "intimação para vinte e cinco advogados"); each number counts
/// for one product only. Matching is on whole tokens, so "pesquisando" is not "pesquisa"; long words
/// tolerate one typo in the middle ("advogdos"), never at the end ("pesquisar" is not "pesquisas").
/// </summary>
public sealed class ProductRecognizer(IEnumerable<Product> products, IReadOnlyDictionary<string, int> numberWords, IEnumerable<string>? numberJoiners = null)
{
    private const int MaxGap = 1;
    private const int FuzzyMinLength = 8;

    private readonly List<(string[] Tokens, string Code)> _phrases = products
        .SelectMany(p => new[] { p.Name, p.Unit, p.UnitPlural ?? p.Unit + "s", p.Code }.Concat(p.Synonyms)
            .Select(phrase => (Tokens: TextNormalizer.Tokens(phrase), p.Code)))
        .Where(x => x.Tokens.Length > 0)
        .DistinctBy(x => string.Join(' ', x.Tokens) + "|" + x.Code)
        .OrderByDescending(x => x.Tokens.Length)
        .ToList();

    private readonly NumberReader _numbers = new(numberWords.ToDictionary(n => TextNormalizer.Normalize(n.Key), n => n.Value, StringComparer.Ordinal), numberJoiners);

    public IReadOnlyList<ProductMention> Recognize(string text) => Recognize(TextNormalizer.Tokens(text));

    internal IReadOnlyList<ProductMention> Recognize(string[] tokens)
    {
        var numbers = new List<(int Start, int End, decimal Value)>();
        var owner = new int[tokens.Length]; // 0: plain word, -1: number, k > 0: the k-th product match
        for (var i = 0; i < tokens.Length;)
        {
            if (_numbers.TryRead(tokens, i, out var value, out var length) && value is > 0 and < 10_000)
            {
                numbers.Add((i, i + length, value));
                Array.Fill(owner, -1, i, length);
                i += length;
            }
            else
            {
                i++;
            }
        }

        var matches = new List<(int Start, int End, string Code)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (owner[i] != 0)
            {
                continue;
            }

            foreach (var (phrase, code) in _phrases)
            {
                if (Matches(tokens, i, phrase, owner))
                {
                    matches.Add((i, i + phrase.Length, code));
                    Array.Fill(owner, matches.Count, i, phrase.Length);
                    break;
                }
            }
        }

        // Numbers before a product first ("quero intimação e 3 estados": the 3 is the estados'), then after it.
        var used = new bool[numbers.Count];
        var quantities = new decimal?[matches.Count];
        for (var m = 0; m < matches.Count; m++)
        {
            quantities[m] = Take(numbers, used, owner, n => n.End <= matches[m].Start && Gap(owner, n.End, matches[m].Start));
        }

        for (var m = 0; m < matches.Count; m++)
        {
            quantities[m] ??= Take(numbers, used, owner, n => n.Start >= matches[m].End && Gap(owner, matches[m].End, n.Start));
        }

        var found = new List<ProductMention>();
        for (var m = 0; m < matches.Count; m++)
        {
            var existing = found.FindIndex(f => f.ProductCode == matches[m].Code);
            if (existing < 0)
            {
                found.Add(new ProductMention(matches[m].Code, quantities[m] ?? 1));
            }
            else if (quantities[m] is { } quantity && found[existing].Quantity == 1)
            {
                found[existing] = found[existing] with { Quantity = quantity };
            }
        }

        return found;
    }

    private static decimal? Take(List<(int Start, int End, decimal Value)> numbers, bool[] used, int[] owner, Func<(int Start, int End, decimal Value), bool> near)
    {
        for (var n = 0; n < numbers.Count; n++)
        {
            if (!used[n] && near(numbers[n]))
            {
                used[n] = true;
                return numbers[n].Value;
            }
        }

        return null;
    }

    // At most MaxGap plain words between a number and its product ("2 novos advogados", "intimação para 2").
    private static bool Gap(int[] owner, int from, int to) =>
        to - from <= MaxGap && Enumerable.Range(from, to - from).All(k => owner[k] == 0);

    private static bool Matches(string[] tokens, int start, string[] phrase, int[] owner)
    {
        if (start + phrase.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (owner[start + k] != 0 || !(tokens[start + k] == phrase[k] || (phrase.Length == 1 && IsTypoOf(tokens[start + k], phrase[k]))))
            {
                return false;
            }
        }

        return true;
    }

    // One slip inside a long word: same first two letters and same last letter, one edit apart.
    private static bool IsTypoOf(string token, string word) =>
        token.Length >= FuzzyMinLength && word.Length >= FuzzyMinLength
        && token[0] == word[0] && token[1] == word[1] && token[^1] == word[^1]
        && SpellingCorrector.Distance(token, word, 1) == 1;
}
