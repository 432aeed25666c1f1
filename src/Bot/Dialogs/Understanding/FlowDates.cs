namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// The flow's date words (<c>dates:</c> in the flow YAML), so the recogniser holds no vocabulary of its own.
/// Keys are matched accent- and case-insensitively, as whole words or phrases.
/// </summary>
public sealed class FlowDates
{
    /// <summary>Phrase → days from today: "hoje: 0", "amanhã: 1", "depois de amanhã: 2".</summary>
    public Dictionary<string, int> Relative { get; set; } = [];

    /// <summary>Word → day of the week, 0 = domingo … 6 = sábado. A weekday means its next occurrence after today.</summary>
    public Dictionary<string, int> Weekdays { get; set; } = [];

    /// <summary>Word → month number, for "15 de março".</summary>
    public Dictionary<string, int> Months { get; set; } = [];

    /// <summary>Words that make the number after them a day of the month: "dia 15".</summary>
    public List<string> DayWords { get; set; } = [];

    /// <summary>Phrases in which a date word is no date: "segunda via" is a copy of an invoice, not Monday.</summary>
    public List<string> NotDates { get; set; } = [];

    /// <summary>Endings that make a number a day of the month on their own: "the 15th", "on the 1st" (st, nd, rd, th).</summary>
    public List<string> OrdinalSuffixes { get; set; } = [];

    /// <summary>Dates in digits are month/day ("3/12" is 12 March), as written in the United States; else day/month.</summary>
    public bool MonthFirst { get; set; }
}
