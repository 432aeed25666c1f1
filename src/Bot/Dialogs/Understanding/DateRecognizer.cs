using System.Globalization;
using System.Text.RegularExpressions;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Dates relative to today: "hoje", "amanhã", "depois de amanhã", weekdays ("sexta" is the next Friday after
/// today), "dia 15", "15 de março", "15/03", "15/03/2026", "2026-03-15"; in English "tomorrow", "friday",
/// "the 15th", "March 15th", "15 March", "3/15" (month first when the flow says so). The words come from the
/// flow's <c>dates:</c> section. A date written without a year is the occurrence nearest to today, so "05/01" said in
/// late December is next January and "10/03" said on 12 March is two days ago.
/// </summary>
public sealed partial class DateRecognizer
{
    private readonly List<(string[] Phrase, int Days)> _relative;
    private readonly List<(string[] Phrase, int Weekday)> _weekdays;
    private readonly Dictionary<string, int> _months;
    private readonly HashSet<string> _dayWords;
    private readonly List<string[]> _notDates;
    private readonly string[] _ordinalSuffixes;
    private readonly bool _monthFirst;
    private readonly NumberReader _numbers;

    public DateRecognizer(FlowDates dates, NumberReader numbers)
    {
        _ordinalSuffixes = [.. (dates?.OrdinalSuffixes ?? []).Select(TextNormalizer.Normalize).Where(s => s.Length > 0)];
        _monthFirst = dates?.MonthFirst ?? false;
        ArgumentNullException.ThrowIfNull(dates);
        _relative = dates.Relative.Select(r => (TextNormalizer.Tokens(r.Key), r.Value)).Where(r => r.Item1.Length > 0).OrderByDescending(r => r.Item1.Length).ToList();
        _weekdays = dates.Weekdays.Select(w => (TextNormalizer.Tokens(w.Key), w.Value)).Where(w => w.Item1.Length > 0).OrderByDescending(w => w.Item1.Length).ToList();
        _months = dates.Months.ToDictionary(m => TextNormalizer.Normalize(m.Key), m => m.Value, StringComparer.Ordinal);
        _dayWords = dates.DayWords.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _notDates = dates.NotDates.Select(TextNormalizer.Tokens).Where(p => p.Length > 0).ToList();
        _numbers = numbers;
    }

    /// <summary>The first date the text names, or null.</summary>
    public DateOnly? Find(string text, DateOnly today) => FindNumeric(text, today)?.Date ?? FindInWords(TextNormalizer.Tokens(text), today);

    /// <summary>A date in digits ("15/03", "15/03/2026", "15-03-2026", "2026-03-15"; "03/15" month first) and where it is.</summary>
    internal (DateOnly Date, int Index, int Length)? FindNumeric(string text, DateOnly today) => FindNumeric(text, today, _monthFirst);

    /// <summary>A date in digits, day first ("15/03/2026") or month first ("03/15/2026"; ISO is always year-month-day).</summary>
    internal static (DateOnly Date, int Index, int Length)? FindNumeric(string text, DateOnly today, bool monthFirst)
    {
        foreach (Match match in NumericPattern().Matches(text))
        {
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (monthFirst && !match.Groups["iso"].Success)
            {
                (day, month) = (month, day);
            }

            var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (year is < 100)
            {
                year += 2000;
            }

            if (Make(day, month, year, today) is { } date)
            {
                return (date, match.Index, match.Length);
            }
        }

        return null;
    }

    private DateOnly? FindInWords(string[] tokens, DateOnly today)
    {
        var blocked = new bool[tokens.Length];
        foreach (var phrase in _notDates)
        {
            for (var i = 0; i + phrase.Length <= tokens.Length; i++)
            {
                if (At(tokens, i, phrase))
                {
                    Array.Fill(blocked, true, i, phrase.Length);
                }
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (blocked[i])
            {
                continue;
            }

            foreach (var (phrase, days) in _relative)
            {
                if (At(tokens, i, phrase))
                {
                    return today.AddDays(days);
                }
            }

            foreach (var (phrase, weekday) in _weekdays)
            {
                if (At(tokens, i, phrase))
                {
                    var ahead = ((weekday - (int)today.DayOfWeek) % 7 + 7) % 7;
                    return today.AddDays(ahead == 0 ? 7 : ahead);
                }
            }

            // "March 15th", "march 15": the month named first (English order), then the day.
            if (_months.TryGetValue(tokens[i], out var named) && i + 1 < tokens.Length && DayNumber(tokens, i + 1) is { } dayAfter)
            {
                int? year = i + 2 < tokens.Length && tokens[i + 2].Length == 4 && int.TryParse(tokens[i + 2], CultureInfo.InvariantCulture, out var y) ? y : null;
                if (Make(dayAfter, named, year, today) is { } monthFirstDate)
                {
                    return monthFirstDate;
                }
            }

            // "the 15th", "15th of March": a number with an ordinal ending is a day of the month.
            if (Ordinal(tokens[i]) is { } ordinal)
            {
                if ((DayOfMonth(tokens, ordinal, i + 1, today) ?? NextDay(ordinal, today)) is { } date)
                {
                    return date;
                }

                continue;
            }

            var start = _dayWords.Contains(tokens[i]) ? i + 1 : i;
            if (_numbers.TryRead(tokens, start, out var value, out var length) && value is >= 1 and <= 31)
            {
                if (DayOfMonth(tokens, (int)value, start + length, today) is { } date)
                {
                    return date;
                }

                if (start > i && NextDay((int)value, today) is { } next)
                {
                    return next; // "dia 15": the next 15th, today included
                }
            }
        }

        return null;
    }

    // "15 de março", "15 março 2026": the number, at most one joining word, a month, optionally a year.
    private DateOnly? DayOfMonth(string[] tokens, int day, int after, DateOnly today)
    {
        for (var m = after; m <= after + 1 && m < tokens.Length; m++)
        {
            if (_months.TryGetValue(tokens[m], out var month))
            {
                int? year = null;
                for (var y = m + 1; y <= m + 2 && y < tokens.Length; y++)
                {
                    if (tokens[y].Length == 4 && int.TryParse(tokens[y], CultureInfo.InvariantCulture, out var parsed))
                    {
                        year = parsed;
                        break;
                    }
                }

                return Make(day, month, year, today);
            }
        }

        return null;
    }

    /// <summary>A day of the month at <paramref name="index"/>: "15", "15th", "fifteen".</summary>
    private int? DayNumber(string[] tokens, int index)
    {
        if (Ordinal(tokens[index]) is { } ordinal)
        {
            return ordinal;
        }

        return _numbers.TryRead(tokens, index, out var value, out _) && value is >= 1 and <= 31 ? (int)value : null;
    }

    /// <summary>"15th" → 15 when the flow names "th" as an ordinal ending; null otherwise.</summary>
    private int? Ordinal(string token)
    {
        foreach (var suffix in _ordinalSuffixes)
        {
            if (token.Length > suffix.Length && token.Length <= suffix.Length + 2 && token.EndsWith(suffix, StringComparison.Ordinal)
                && int.TryParse(token.AsSpan(0, token.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                return day;
            }
        }

        return null;
    }

    private static DateOnly? NextDay(int day, DateOnly today)
    {
        for (var months = 0; months < 3; months++)
        {
            var month = today.AddMonths(months);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var date && date >= today)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? Make(int day, int month, int? year, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } y)
        {
            return y is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        // No year: the occurrence nearest to today (ties go to the future).
        return new[] { today.Year - 1, today.Year, today.Year + 1 }
            .Where(candidate => day <= DateTime.DaysInMonth(candidate, month))
            .Select(candidate => new DateOnly(candidate, month, day))
            .OrderBy(date => Math.Abs(date.DayNumber - today.DayNumber))
            .ThenByDescending(date => date)
            .Cast<DateOnly?>()
            .FirstOrDefault();
    }

    private static bool At(string[] tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    // dd/mm[/yy[yy]] with slashes; dd-mm-yyyy and dd.mm.yyyy only with a four-digit year ("49.90" is money,
    // "10-03" too vague); ISO yyyy-mm-dd. Not inside longer digit runs (CNPJ "333/0001", protocols).
    [GeneratedRegex(
        """
        (?<![0-9./-])
        (?:
            (?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})(?:/(?<y>[0-9]{4}|[0-9]{2}))?
          | (?<d>[0-9]{1,2})[.-](?<m>[0-9]{1,2})[.-](?<y>[0-9]{4})
          | (?<iso>(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2}))
        )
        (?![0-9]|[./-][0-9])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();
}
