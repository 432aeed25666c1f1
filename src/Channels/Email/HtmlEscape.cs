using System.Text;

namespace ContactCentre.Channels.Email;

/// <summary>Escapes text for HTML mail bodies: only the five markup characters, so "Intimação" stays readable in the source.</summary>
public static class HtmlEscape
{
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
