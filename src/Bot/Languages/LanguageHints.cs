namespace ContactCentre.Bot.Languages;

/// <summary>
/// The language a conversation should be in, from what the first message tells: the channel's own hint
/// (<c>Activity.Locale</c>: web chat's locale, Telegram's language_code, the e-mail's Content-Language or
/// words), else the country of the sender's phone number (WhatsApp, or any address in E.164), else pt-BR.
/// The result may be a language no flow speaks ("es"); <see cref="FlowLanguages"/> falls back from there.
/// </summary>
public static class LanguageHints
{
    // Country calling codes of the Portuguese-speaking countries that follow the European norm.
    private static readonly string[] EuropeanPortugueseCallingCodes = ["351", "244", "258", "238", "245", "239", "670"];

    private const string BrazilCallingCode = "55";

    /// <summary>The wanted language and where it came from (for the transcript and for tests).</summary>
    public static LanguageChoice Choose(string? locale, string? address)
    {
        if (Language.Normalize(locale) is { } fromLocale)
        {
            return new LanguageChoice(fromLocale, LanguageSource.ChannelLocale);
        }

        if (FromPhone(address) is { } fromPhone)
        {
            return new LanguageChoice(fromPhone, LanguageSource.PhoneCountry);
        }

        return new LanguageChoice(Language.Default, LanguageSource.Default);
    }

    /// <summary>
    /// +55 → pt-BR; Portugal (+351) and the other European-norm Portuguese countries → pt-PT; any other
    /// country → en (the bot's lingua franca). Null when the address is not an E.164 number.
    /// </summary>
    public static string? FromPhone(string? address)
    {
        if (address is null || address.Length < 9 || address[0] != '+' || !address.Skip(1).All(char.IsAsciiDigit))
        {
            return null;
        }

        var digits = address[1..];
        if (digits.StartsWith(BrazilCallingCode, StringComparison.Ordinal))
        {
            return Language.PtBr;
        }

        return EuropeanPortugueseCallingCodes.Any(code => digits.StartsWith(code, StringComparison.Ordinal)) ? Language.PtPt : Language.En;
    }
}

/// <summary>A language wanted for a conversation and what decided it.</summary>
public sealed record LanguageChoice(string Language, LanguageSource Source);

public enum LanguageSource
{
    /// <summary>The customer record's preferred language.</summary>
    CustomerRecord,

    /// <summary>The channel's hint on the activity (<c>Activity.Locale</c>).</summary>
    ChannelLocale,

    /// <summary>The country calling code of the sender's phone number.</summary>
    PhoneCountry,

    /// <summary>Nothing said otherwise: pt-BR.</summary>
    Default,
}
