using System.Globalization;

namespace ContactCentre.Domain.Routing;

/// <summary>
/// The numbers of routing-rules.md, each editable by a manager and stored with the version that
/// used it. <see cref="Definitions"/> is the one list of names, units and defaults (the README's table).
/// </summary>
public sealed record RoutingParameters
{
    public static RoutingParameters Default { get; } = new();

    /// <summary>R6: how long the schedule's owner has to accept an offer.</summary>
    public TimeSpan OfferTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>R5/R7: first term of a venda-com-contato schedule.</summary>
    public int SaleWithContactBusinessDays { get; init; } = 2;

    /// <summary>R5: longest venda-com-contato schedule, renewal included (2 + 4).</summary>
    public int SaleWithContactMaxBusinessDays { get; init; } = 6;

    /// <summary>R5: longest venda-sem-contato / tratativa-sem-contato schedule; never renewed.</summary>
    public int WithoutContactMaxBusinessDays { get; init; } = 2;

    /// <summary>R5: a schedule due more calendar days than this after creation needs a manager's validation.</summary>
    public int ValidationBeyondCalendarDays { get; init; } = 7;

    /// <summary>R11: the inactivating agent gets the re-contract within this many calendar days.</summary>
    public int ManualInactivationDays { get; init; } = 15;

    /// <summary>R13: debt older than this many years is waived.</summary>
    public int DebtWaiverYears { get; init; } = 1;

    /// <summary>R6/handoff: simultaneous conversations per agent.</summary>
    public int MaxConcurrentConversations { get; init; } = 3;

    public static IReadOnlyList<ParameterDefinition> Definitions { get; } =
    [
        new("offerTimeout", "seconds (or 90s, 2m)", "120", RuleIds.R6,
            "Time the schedule's owner has to accept a handoff before any available salesperson gets it.",
            (p, v) => p with { OfferTimeout = ParseDuration(v, "offerTimeout") },
            p => ((int)p.OfferTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
        new("saleWithContactBusinessDays", "business days", "2", RuleIds.R7,
            "Due date of a new venda-com-contato schedule (R7's quote follow-up), counted after the creation day.",
            (p, v) => p with { SaleWithContactBusinessDays = ParseInt(v, "saleWithContactBusinessDays", 1) },
            p => Str(p.SaleWithContactBusinessDays)),
        new("saleWithContactMaxBusinessDays", "business days", "6", RuleIds.R5,
            "Longest venda-com-contato schedule that still counts (2, renewed once by 4).",
            (p, v) => p with { SaleWithContactMaxBusinessDays = ParseInt(v, "saleWithContactMaxBusinessDays", 1) },
            p => Str(p.SaleWithContactMaxBusinessDays)),
        new("withoutContactMaxBusinessDays", "business days", "2", RuleIds.R5,
            "Longest venda-sem-contato or tratativa-sem-contato schedule that still counts.",
            (p, v) => p with { WithoutContactMaxBusinessDays = ParseInt(v, "withoutContactMaxBusinessDays", 1) },
            p => Str(p.WithoutContactMaxBusinessDays)),
        new("validationBeyondCalendarDays", "calendar days", "7", RuleIds.R5,
            "A schedule due more than this many calendar days after creation counts only if a manager validated it.",
            (p, v) => p with { ValidationBeyondCalendarDays = ParseInt(v, "validationBeyondCalendarDays", 0) },
            p => Str(p.ValidationBeyondCalendarDays)),
        new("manualInactivationDays", "calendar days", "15", RuleIds.R11,
            "A manually inactivated customer re-contracting within this many days goes to the agent who inactivated them.",
            (p, v) => p with { ManualInactivationDays = ParseInt(v, "manualInactivationDays", 0) },
            p => Str(p.ManualInactivationDays)),
        new("debtWaiverYears", "years", "1", RuleIds.R13,
            "Debt older than this is waived on re-contract; younger debt goes to sales.",
            (p, v) => p with { DebtWaiverYears = ParseInt(v, "debtWaiverYears", 1) },
            p => Str(p.DebtWaiverYears)),
        new("maxConcurrentConversations", "conversations", "3", RuleIds.R6,
            "Simultaneous conversations per agent; routing offers no more than this.",
            (p, v) => p with { MaxConcurrentConversations = ParseInt(v, "maxConcurrentConversations", 1) },
            p => Str(p.MaxConcurrentConversations)),
    ];

    /// <summary>Returns a copy with the named parameters set; an unknown name or bad value throws naming it.</summary>
    public RoutingParameters With(IEnumerable<KeyValuePair<string, string>> values)
    {
        var result = this;
        foreach (var (name, value) in values)
        {
            var definition = Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException(
                    $"Unknown rule parameter '{name}'. Known: {string.Join(", ", Definitions.Select(d => d.Name))}.", nameof(values));
            result = definition.Apply(result, value);
        }

        return result;
    }

    public IReadOnlyDictionary<string, string> ToDictionary() =>
        Definitions.ToDictionary(d => d.Name, d => d.Read(this), StringComparer.Ordinal);

    /// <summary>Parses "120", "120s", "2m", "1h", "1d" or "00:02:00".</summary>
    public static TimeSpan ParseDuration(string text, string name)
    {
        try
        {
            return ParseDurationCore(text, name);
        }
        catch (OverflowException)
        {
            // "1e300", "Infinity", "99999999999d": a number, but longer than a TimeSpan holds.
            throw BadValue(name, text, "a duration like 120, 90s, 2m or 00:02:00");
        }
    }

    private static TimeSpan ParseDurationCore(string text, string name)
    {
        var t = text.Trim();
        if (t.Length > 1 && char.IsAsciiLetter(t[^1])
            && double.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return char.ToLowerInvariant(t[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => throw BadValue(name, text, "a duration like 120, 90s, 2m or 00:02:00"),
            };
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero
            ? span
            : throw BadValue(name, text, "a duration like 120, 90s, 2m or 00:02:00");
    }

    private static int ParseInt(string text, string name, int min) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw BadValue(name, text, $"a whole number ≥ {min}");

    private static ArgumentException BadValue(string name, string text, string expected) =>
        new($"Rule parameter '{name}' has value '{text}', expected {expected}.", name);

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
