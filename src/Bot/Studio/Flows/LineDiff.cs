using System.Text;

namespace ContactCentre.Bot.Studio.Flows;

/// <summary>
/// A unified line diff (the <c>diff -u</c> format managers and CI tools read): hunks of changed lines with three lines
/// of context. Built on the longest common subsequence of lines, which is exact and fast enough for flow documents
/// (a thousand lines each side is a million-cell table of shorts).
/// </summary>
public static class LineDiff
{
    private const int Context = 3;

    public static string Unified(string oldText, string newText, string oldName, string newName)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var ops = Operations(a, b);
        if (ops.All(o => o.Kind == ' '))
        {
            return "";
        }

        var output = new StringBuilder().Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change closer than 2×CONTEXT.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < ops.Count)
            {
                var nextChange = ops.FindIndex(end, o => o.Kind != ' ');
                if (nextChange < 0 || nextChange - end > 2 * Context)
                {
                    break;
                }

                end = ops.FindIndex(nextChange, o => o.Kind == ' ');
                if (end < 0)
                {
                    end = ops.Count;
                }
            }

            var stop = Math.Min(ops.Count, end + Context);
            var hunk = ops.GetRange(start, stop - start);
            var oldStart = hunk.FirstOrDefault(o => o.Kind != '+').OldLine;
            var newStart = hunk.FirstOrDefault(o => o.Kind != '-').NewLine;
            var oldCount = hunk.Count(o => o.Kind != '+');
            var newCount = hunk.Count(o => o.Kind != '-');
            output.Append($"@@ -{(oldCount == 0 ? oldStart - 1 : oldStart)},{oldCount} +{(newCount == 0 ? newStart - 1 : newStart)},{newCount} @@\n");
            foreach (var op in hunk)
            {
                output.Append(op.Kind).Append(op.Text).Append('\n');
            }

            i = stop;
        }

        return output.ToString();
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    /// <summary>The edit script: ' ' kept, '-' removed, '+' added, with 1-based line numbers on each side.</summary>
    private static List<Op> Operations(string[] a, string[] b)
    {
        // Common prefix and suffix first: most edits touch a few lines of a long document.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var x = n - 1; x >= 0; x--)
        {
            for (var y = m - 1; y >= 0; y--)
            {
                lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

        var ops = new List<Op>(a.Length + b.Length);
        for (var k = 0; k < prefix; k++)
        {
            ops.Add(new Op(' ', a[k], k + 1, k + 1));
        }

        int i = 0, j = 0;
        while (i < n || j < m)
        {
            if (i < n && j < m && a[prefix + i] == b[prefix + j])
            {
                ops.Add(new Op(' ', a[prefix + i], prefix + i + 1, prefix + j + 1));
                i++;
                j++;
            }
            else if (j < m && (i == n || lcs[i, j + 1] >= lcs[i + 1, j]))
            {
                ops.Add(new Op('+', b[prefix + j], prefix + i + 1, prefix + j + 1));
                j++;
            }
            else
            {
                ops.Add(new Op('-', a[prefix + i], prefix + i + 1, prefix + j + 1));
                i++;
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            ops.Add(new Op(' ', a[a.Length - suffix + k], a.Length - suffix + k + 1, b.Length - suffix + k + 1));
        }

        return ops;
    }

    private readonly record struct Op(char Kind, string Text, int OldLine, int NewLine);
}
