using System.Text;
using MimeKit.Text;

namespace ContactCentre.Channels.Email;

/// <summary>
/// An HTML body as the plain text the bot reads: blocks become lines, list items bullets; scripts and
/// styles go, and so does what mail clients mark as quoted history or signature (Gmail, Outlook,
/// Apple Mail, Thunderbird, Yahoo), which a reply carries below the customer's new words.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<HtmlTagId> Skipped = [HtmlTagId.Head, HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Title, HtmlTagId.BlockQuote];

    private static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.Table, HtmlTagId.TR, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3,
        HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.Pre, HtmlTagId.Section, HtmlTagId.Article, HtmlTagId.Header, HtmlTagId.Footer,
        HtmlTagId.Address, HtmlTagId.DL, HtmlTagId.DT, HtmlTagId.DD, HtmlTagId.Center, HtmlTagId.Form,
    ];

    /// <summary>class / id values that start quoted history or a signature, by client.</summary>
    private static readonly string[] QuoteMarkers =
    [
        "gmail_quote", "gmail_signature", "gmail_extra", "yahoo_quoted", "moz-cite-prefix", "moz-signature", "protonmail_quote",
        "divRplyFwdMsg", "appendonsend", "OLK_SRC_BODY_SECTION", "mail-signature", "zmail_extra", "ms-outlook-mobile-signature",
    ];

    /// <summary>Outlook puts the whole history after these: nothing past them is the customer's new text.</summary>
    private static readonly string[] HistoryStarts = ["divRplyFwdMsg", "appendonsend", "OLK_SRC_BODY_SECTION"];

    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        string? skipping = null;
        var skipDepth = 0;
        var inPre = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                if (skipping is not null)
                {
                    if (string.Equals(tag.Name, skipping, StringComparison.OrdinalIgnoreCase) && !tag.IsEmptyElement)
                    {
                        skipDepth += tag.IsEndTag ? -1 : 1;
                        if (skipDepth == 0)
                        {
                            skipping = null;
                        }
                    }

                    continue;
                }

                if (!tag.IsEndTag && Marker(tag) is { } marker)
                {
                    if (HistoryStarts.Contains(marker, StringComparer.OrdinalIgnoreCase))
                    {
                        break;
                    }

                    if (!tag.IsEmptyElement)
                    {
                        skipping = tag.Name;
                        skipDepth = 1;
                    }

                    continue;
                }

                if (!tag.IsEndTag && !tag.IsEmptyElement && Skipped.Contains(tag.Id))
                {
                    skipping = tag.Name;
                    skipDepth = 1;
                    continue;
                }

                Layout(text, tag, ref inPre);
            }
            else if (skipping is null && token is HtmlDataToken data)
            {
                Append(text, data.Data, inPre > 0);
            }
        }

        return Tidy(text.ToString());
    }

    private static string? Marker(HtmlTagToken tag)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Id is not (HtmlAttributeId.Class or HtmlAttributeId.Id) || attribute.Value is null)
            {
                continue;
            }

            foreach (var value in attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (QuoteMarkers.FirstOrDefault(m => string.Equals(m, value, StringComparison.OrdinalIgnoreCase)) is { } marker)
                {
                    return marker;
                }
            }
        }

        return null;
    }

    private static void Layout(StringBuilder text, HtmlTagToken tag, ref int inPre)
    {
        switch (tag.Id)
        {
            case HtmlTagId.Br:
                text.Append('\n');
                break;
            case HtmlTagId.HR:
                text.Append("\n\n");
                break;
            case HtmlTagId.LI when !tag.IsEndTag:
                text.Append("\n• ");
                break;
            case HtmlTagId.TD or HtmlTagId.TH when !tag.IsEndTag:
                text.Append(' ');
                break;
            case HtmlTagId.Pre:
                inPre += tag.IsEndTag ? -1 : 1;
                inPre = Math.Max(0, inPre);
                text.Append('\n');
                break;
            case var id when Blocks.Contains(id):
                text.Append('\n');
                break;
        }
    }

    private static void Append(StringBuilder text, string data, bool preformatted)
    {
        if (preformatted)
        {
            text.Append(data);
            return;
        }

        foreach (var c in data)
        {
            var space = char.IsWhiteSpace(c) || c == '\u00A0';
            if (space && (text.Length == 0 || text[^1] is ' ' or '\n'))
            {
                continue;
            }

            text.Append(space ? ' ' : c);
        }
    }

    /// <summary>Trims every line and keeps at most one empty line between paragraphs.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 1 ? "\n\n" : "\n");
            }

            blank = 0;
            result.Append(line);
        }

        return result.ToString();
    }
}
