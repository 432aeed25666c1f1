using System.Globalization;
using System.Text;

namespace ContactCentre.Bot.Studio.Analytics;

/// <summary>One report: named columns and rows of values, plus totals; the same table is JSON for charts or CSV for export.</summary>
public sealed record AnalyticsTable(string Report, DateOnly From, DateOnly To, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyDictionary<string, object?> Totals)
{
    /// <summary>RFC 4180 CSV with a header; decimals with '.' so any spreadsheet locale can re-read them.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(Cell)).Append("\r\n");
        foreach (var row in Rows)
        {
            csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
