using System.Globalization;

namespace ContactCentre.Channels.Email;

/// <summary>The few words an answer adds around the bot's text, in the customer's language (pt-BR, pt-PT, en, es).</summary>
public sealed class EmailWording
{
    private EmailWording(string language, string culture, string attribution, string defaultSubject, string optionsHeading)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(culture);
        AttributionFormat = attribution;
        DefaultSubject = defaultSubject;
        OptionsHeading = optionsHeading;
    }

    public string Language { get; }
    public CultureInfo Culture { get; }
    public string DefaultSubject { get; }
    public string OptionsHeading { get; }
    private string AttributionFormat { get; }

    public static EmailWording For(string? language) => MailLanguage.Normalize(language) switch
    {
        "en" => new("en", "en-US", "On {0:MMM d, yyyy, h:mm tt}, {1} wrote:", "Customer service", "You can reply with one of these options:"),
        "pt-PT" => new("pt-PT", "pt-PT", "A {0:dd/MM/yyyy HH:mm}, {1} escreveu:", "Apoio ao cliente", "Pode responder com uma destas opções:"),
        "es" => new("es", "es-ES", "El {0:d 'de' MMMM 'de' yyyy, HH:mm}, {1} escribió:", "Atención al cliente", "Puede responder con una de estas opciones:"),
        _ => new("pt-BR", "pt-BR", "Em {0:dd/MM/yyyy HH:mm}, {1} escreveu:", "Atendimento", "Você pode responder com uma destas opções:"),
    };

    public string Attribution(DateTimeOffset? at, string who) =>
        at is { } date ? string.Format(Culture, AttributionFormat, date, who) : who + ":";
}
