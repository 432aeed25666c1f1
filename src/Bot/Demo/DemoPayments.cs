using System.Globalization;

namespace ContactCentre.Bot.Demo;

/// <summary>Plausible-looking but fake boleto lines and PIX codes for the demo invoices.</summary>
internal static class DemoPayments
{
    public static string BoletoLine(string number, decimal amount)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray()).PadLeft(6, '0');
        var cents = ((long)(amount * 100)).ToString("D10", CultureInfo.InvariantCulture);
        return $"34191.09008 {digits[..5]}.{digits[5..]}0000 91234.560006 1 9999{cents}";
    }

    public static string Pix(string number, decimal amount) =>
        $"00020126580014br.gov.bcb.pix0136demo-{number.ToLowerInvariant()}@contactcentre.local5204000053039865406{amount.ToString("0.00", CultureInfo.InvariantCulture)}5802BR6304ABCD";
}
