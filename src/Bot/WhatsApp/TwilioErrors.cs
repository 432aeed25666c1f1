namespace ContactCentre.Bot.WhatsApp;

/// <summary>What Twilio's error codes mean, said for the agents who see a message fail (pt-BR, as the console).</summary>
public static class TwilioErrors
{
    public const string OutsideWindow = "63016";

    public static string Explain(string? code) => code switch
    {
        OutsideWindow => "fora da janela de 24 horas do WhatsApp: o cliente não escreve há mais de 24 h, e só modelos (templates) aprovados podem ser enviados até ele responder",
        "63003" => "o número do cliente não é um destino WhatsApp válido",
        "63018" => "limite de envio do WhatsApp excedido",
        "21211" => "número de destino inválido",
        "21610" => "o cliente pediu para não receber mensagens (STOP)",
        "21617" => "texto longo demais (máximo 1.600 caracteres)",
        "30003" => "aparelho do cliente inalcançável",
        "30005" => "número desconhecido ou inexistente",
        "30006" => "destino não alcançável pela operadora",
        "30007" => "mensagem filtrada pela operadora",
        "30008" => "erro desconhecido na entrega",
        null or "" => "erro sem código",
        _ => "veja twilio.com/docs/api/errors/" + code,
    };

    /// <summary>The line agents read in the transcript and in the message's status.</summary>
    public static string Describe(string? code, string? detail = null) =>
        $"Mensagem não entregue pelo WhatsApp (erro {(string.IsNullOrEmpty(code) ? "?" : code)}): {Explain(code)}." + (string.IsNullOrEmpty(detail) ? "" : $" {detail}");
}
