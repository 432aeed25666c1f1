using System.Text;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>
/// RFC 4180 CSV as spreadsheets write it: a header row, quoted fields with "" for a quote, CRLF or LF, and the
/// delimiter taken from the header (';' as Brazilian Excel writes, else ','). Rows come back keyed by header name
/// with their line number, so an error can point at the line a manager sees in the file.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<ImportRow> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..]; // Excel's UTF-8 byte-order mark
        }

        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var headerLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var delimiter = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
        var records = Records(text, delimiter).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = new List<ImportRow>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // a blank line
            }

            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = i < fields.Count ? fields[i] : null;
            }

            var extra = fields.Count > header.Count ? $"has {fields.Count} fields but the header has {header.Count}" : null;
            rows.Add(new ImportRow(line, values, extra));
        }

        return rows;
    }

    private static IEnumerable<(int Line, List<string> Fields)> Records(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var startLine = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            any = true;
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return (startLine, fields);
                fields = [];
                line++;
                startLine = line;
                any = false;
            }
            else
            {
                field.Append(c);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (startLine, fields);
        }
    }
}
