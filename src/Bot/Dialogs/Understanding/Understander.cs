using System.Globalization;
using System.Text.RegularExpressions;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Customers;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Understands messages (pt-BR, pt-PT, English…) without a cloud service, from a flow's language only: intents from its
/// example sentences, quantities from its number words, dates from its date words, products from the
/// price list; money, CPF/CNPJ (check digits), e-mail and phone by their formats.
/// </summary>
public sealed partial class Understander
{
    /// <summary>The intents whose examples teach yes and no; a flow that has neither simply never says YesNo.</summary>
    public const string YesIntent = "yes";
    public const string NoIntent = "no";

    private readonly NumberReader _numbers;
    private readonly IReadOnlyDictionary<string, int> _numberWords;
    private readonly DateRecognizer _dates;

    private readonly IReadOnlyList<string>? _joiners;

    public Understander(IntentClassifier classifier, IReadOnlyDictionary<string, int> numbers, FlowDates dates, IReadOnlyList<string>? numberJoiners = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(numbers);
        Classifier = classifier;
        _numberWords = numbers.ToDictionary(n => TextNormalizer.Normalize(n.Key), n => n.Value, StringComparer.Ordinal);
        _joiners = numberJoiners;
        _numbers = new NumberReader(_numberWords, numberJoiners);
        _dates = new DateRecognizer(dates ?? new FlowDates(), _numbers);
    }

    /// <summary>From a flow document's language sections (intents, numbers, dates).</summary>
    public static Understander From(Flows.FlowDocument flow, IntentClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var examples = flow.Intents.SelectMany(i => i.Value.Select(text => new IntentExample(i.Key, text)));
        return new Understander(new IntentClassifier(examples, options ?? new IntentClassifierOptions()), flow.Numbers, flow.Dates, flow.NumberJoiners);
    }

    public IntentClassifier Classifier { get; }

    /// <summary>
    /// The understander of a flow's YAML, reading only its language (<c>intents:</c>, <c>numbers:</c>,
    /// <c>dates:</c>) and ignoring the rest, so it works whatever else the flow holds.
    /// </summary>
    public static Understander FromYaml(string yaml, IntentClassifierOptions? options = null)
    {
        var language = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<FlowLanguage>(yaml) ?? new FlowLanguage();
        var examples = language.Intents.SelectMany(i => i.Value.Select(text => new IntentExample(i.Key, text)));
        return new Understander(new IntentClassifier(examples, options ?? new IntentClassifierOptions()), language.Numbers, language.Dates, language.NumberJoiners);
    }

    /// <summary>The language a flow's YAML declares (<c>language:</c>), pt-BR when it declares none.</summary>
    public static string LanguageOf(string yaml) => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build()
        .Deserialize<FlowLanguage>(yaml)?.Language ?? "pt-BR";

    /// <summary>
    /// The understander of a flow embedded in the bot: <c>default</c> (Flows/default.flow.yaml, pt-BR) or a
    /// language's (<c>default.en</c>, <c>default.pt-PT</c>).
    /// </summary>
    public static Understander LoadDefault(IntentClassifierOptions? options = null, string flow = "default")
    {
        using var stream = typeof(Understander).Assembly.GetManifestResourceStream($"{flow}.flow.yaml")
            ?? throw new InvalidOperationException($"The flow '{flow}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return FromYaml(reader.ReadToEnd(), options);
    }

    public Understanding Understand(string text, IReadOnlyList<Product> products, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(products);
        var intent = Classifier.Classify(text);
        var document = TaxDocument.FindIn(text).FirstOrDefault();
        var money = MoneyRecognizer.Find(text);
        var numericDate = _dates.FindNumeric(text, today);
        return new Understanding(
            intent,
            RecognizerFor(products).Recognize(text),
            money?.Amount,
            numericDate?.Date ?? _dates.Find(text, today),
            NumberIn(Mask(text, money, numericDate)),
            document,
            EmailAddress.FindIn(text).FirstOrDefault(),
            // An 11-digit CPF also has the shape of a national mobile number; a valid CPF wins.
            PhoneNumber.FindIn(text).FirstOrDefault(p => document is null || !p.E164.EndsWith(document.Digits, StringComparison.Ordinal)),
            YesNo(text, intent));
    }

    // The price list arrives as the same instance turn after turn (PriceListCache), so its index is built once.
    private ProductIndex? _products;

    private ProductRecognizer RecognizerFor(IReadOnlyList<Product> products)
    {
        var cached = Volatile.Read(ref _products);
        if (cached is not null && ReferenceEquals(cached.Products, products))
        {
            return cached.Recognizer;
        }

        var recognizer = new ProductRecognizer(products, _numberWords, _joiners);
        Volatile.Write(ref _products, new ProductIndex(products, recognizer));
        return recognizer;
    }

    private sealed record ProductIndex(IReadOnlyList<Product> Products, ProductRecognizer Recognizer);

    /// <summary>The message's yes or no: its intent, or else its first short clause ("sim, pode fechar", "não, só olhando").</summary>
    private bool? YesNo(string text, IntentMatch? intent)
    {
        if (intent?.Intent is YesIntent or NoIntent)
        {
            return intent.Intent == YesIntent;
        }

        var clause = ClauseBreak().Split(text.Trim(), 2)[0];
        if (clause.Length == text.Trim().Length || TextNormalizer.Tokens(clause).Length is 0 or > 3)
        {
            return null;
        }

        return Classifier.Classify(clause)?.Intent switch
        {
            YesIntent => true,
            NoIntent => false,
            _ => null,
        };
    }

    // Blanks out the other entities' characters so their digits are not read as a number.
    private static string Mask(string text, (decimal Amount, int Index, int Length)? money, (DateOnly Date, int Index, int Length)? date)
    {
        var chars = text.ToCharArray();
        void Blank(int index, int length) => Array.Fill(chars, ' ', index, length);
        if (money is { } m)
        {
            Blank(m.Index, m.Length);
        }

        if (date is { } d)
        {
            Blank(d.Index, d.Length);
        }

        foreach (var match in EmailLike().Matches(text).Concat(DateLike().Matches(text)).Concat(LongDigits().Matches(text)))
        {
            Blank(match.Index, match.Length);
        }

        return new string(chars);
    }

    private decimal? NumberIn(string masked)
    {
        foreach (Match match in DigitNumber().Matches(masked))
        {
            if (Money.TryParse(match.Value, out var value))
            {
                return value;
            }
        }

        var tokens = TextNormalizer.Tokens(masked);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Any(char.IsAsciiDigit) && _numbers.TryRead(tokens, i, out var value, out _))
            {
                return value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[,;.!?]+\s|[,;!?]+$")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex EmailLike();

    [GeneratedRegex(@"[0-9]{1,4}[/-][0-9]{1,2}(?:[/-][0-9]{2,4})?")]
    private static partial Regex DateLike();

    // Phones, documents, protocols, payment lines: eight or more digits with their usual separators.
    [GeneratedRegex(@"\+?\(?[0-9](?:[ .()/-]{0,2}[0-9]){7,}")]
    private static partial Regex LongDigits();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])-?[0-9]+(?:[.,][0-9]+)*(?![\p{L}\p{N}]|[.,][0-9])")]
    private static partial Regex DigitNumber();

    private sealed class FlowLanguage
    {
        public string? Language { get; set; }
        public List<string>? NumberJoiners { get; set; }
        public Dictionary<string, List<string>> Intents { get; set; } = [];
        public Dictionary<string, int> Numbers { get; set; } = [];
        public FlowDates Dates { get; set; } = new();
    }
}
