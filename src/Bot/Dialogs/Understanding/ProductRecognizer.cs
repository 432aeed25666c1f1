using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Products and quantities from the price list's own words (names, synonyms, units and their plurals),
/// never from a list in code. A quantity is the number near the product or unit word, in digits or
/// words ("dois advogados", "2 pesquisas"). Matching is on whole tokens, so "pesquisando" is not "pesquisa".
/// </summary>
public sealed class ProductRecognizer(IEnumerable<Product> products, IReadOnlyDictionary<string, int> numberWords)
{
    private readonly List<(string[] Tokens, string Code)> _phrases = products
        .SelectMany(p => new[] { p.Name, p.Unit, p.UnitPlural ?? p.Unit + "s", p.Code }.Concat(p.Synonyms)
            .Select(phrase => (Tokens: TextNormalizer.Tokens(phrase), p.Code)))
        .Where(x => x.Tokens.Length > 0)
        .DistinctBy(x => string.Join(' ', x.Tokens) + "|" + x.Code)
        .OrderByDescending(x => x.Tokens.Length)
        .ToList();

    public IReadOnlyList<ProductMention> Recognize(string text)
    {
        var tokens = TextNormalizer.Tokens(text);
        var found = new List<ProductMention>();
        var used = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var (phrase, code) in _phrases)
            {
                if (used[i] || i + phrase.Length > tokens.Length || !phrase.SequenceEqual(tokens.Skip(i).Take(phrase.Length)))
                {
                    continue;
                }

                for (var k = i; k < i + phrase.Length; k++)
                {
                    used[k] = true;
                }

                var quantity = Near(tokens, i - 1, -1) ?? Near(tokens, i + phrase.Length, +1);
                var existing = found.FindIndex(m => m.ProductCode == code);
                if (existing < 0)
                {
                    found.Add(new ProductMention(code, quantity ?? 1));
                }
                else if (quantity is not null && found[existing].Quantity == 1)
                {
                    found[existing] = found[existing] with { Quantity = quantity.Value };
                }

                break;
            }
        }

        return found;
    }

    // Looks up to 3 tokens away: "2 advogados", "intimação para 2 advogados".
    private decimal? Near(string[] tokens, int start, int step)
    {
        for (int j = start, seen = 0; j >= 0 && j < tokens.Length && seen < 3; j += step, seen++)
        {
            if (int.TryParse(tokens[j], out var n) && n is > 0 and < 10_000)
            {
                return n;
            }

            if (numberWords.TryGetValue(tokens[j], out var w))
            {
                return w;
            }
        }

        return null;
    }
}
