using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace ContactCentre.Bot.Email;

/// <summary>
/// PDFsharp's process-wide setup, done once before the first PDF (never while services are registered):
/// <list type="bullet">
/// <item>the license: PDFsharp 6.5 refuses to write until one is chosen. With <c>Channels:Email:PdfSharpLicense</c>
/// set, that commercial license is loaded; otherwise the AGPL-3.0 one is selected, whose terms then apply to
/// the product (see the README).</item>
/// <item>fonts: the Segoe WP faces that ship inside the PDFsharp package serve every family we ask for, so a
/// PDF never depends on the machine's fonts (a fresh Linux box has none PDFsharp can find).</item>
/// </list>
/// </summary>
internal sealed class QuotePdfSetup : IFontResolver
{
    private const string Regular = "SegoeWP";
    private const string Bold = "SegoeWP-Bold";
    private static readonly Lock Gate = new();
    private static bool _done;

    public static void Ensure(string? commercialLicense)
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(commercialLicense))
            {
                PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharpLicense.LoadLicense(commercialLicense);
            }

            GlobalFontSettings.FontResolver ??= new QuotePdfSetup();
            _done = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular, false, italic);

    public byte[] GetFont(string faceName) => faceName == Bold ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
