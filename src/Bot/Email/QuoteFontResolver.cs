using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace ContactCentre.Bot.Email;

/// <summary>
/// PDFsharp needs fonts it can read on every OS; the Segoe WP faces that ship inside the PDFsharp package
/// are used for every family we ask for, so a PDF never depends on the machine's fonts.
/// </summary>
internal sealed class QuoteFontResolver : IFontResolver
{
    private const string Regular = "SegoeWP";
    private const string Bold = "SegoeWP-Bold";
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new QuoteFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular, false, italic);

    public byte[] GetFont(string faceName) => faceName == Bold ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
