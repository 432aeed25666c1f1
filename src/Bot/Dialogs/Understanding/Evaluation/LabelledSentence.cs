namespace ContactCentre.Bot.Dialogs.Understanding.Evaluation;

/// <summary>One line of a labelled evaluation set: the intent a person expects ("none" for nothing) and the sentence.</summary>
public sealed record LabelledSentence(string Intent, string Text, int Line)
{
    /// <summary>The label that means "the bot should not pick any intent".</summary>
    public const string None = "none";

    /// <summary>
    /// Reads a TSV set: <c>intent&lt;TAB&gt;sentence</c> per line; blank lines and lines starting with '#' are skipped.
    /// </summary>
    /// <exception cref="FormatException">A line has no tab or an empty intent or sentence (the message names the line).</exception>
    public static IReadOnlyList<LabelledSentence> ParseTsv(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sentences = new List<LabelledSentence>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var intent = tab < 0 ? "" : line[..tab].Trim();
            var text = tab < 0 ? "" : line[(tab + 1)..].Trim();
            if (intent.Length == 0 || text.Length == 0)
            {
                throw new FormatException($"Line {i + 1}: expected 'intent<TAB>sentence'.");
            }

            sentences.Add(new LabelledSentence(intent, text, i + 1));
        }

        return sentences;
    }
}
