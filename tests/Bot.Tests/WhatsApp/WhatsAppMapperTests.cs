using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>Wire ⇄ activity, on recorded Twilio payloads (WhatsApp/Data) and the Create Message form.</summary>
public sealed class WhatsAppMapperTests
{
    [Fact]
    public void ToActivity_RecordedTextMessage_MapsCoreAndKeepsEveryField()
    {
        var read = WhatsAppMapper.ToActivity(RecordedPayloads.Form("inbound-text.form"));

        var activity = Assert.IsType<Activity>(read.Activity);
        Assert.Equal("SM01cd2c2f1a4b5e6f708192a3b4c5d6e7", activity.Id);
        Assert.Equal("whatsapp", activity.ChannelId);
        Assert.Equal(new ChannelAccount("+558282136275", "Jhonata", "user"), activity.From);
        Assert.Equal("+14155238886", activity.Recipient!.Id);
        Assert.Equal("+558282136275", activity.Conversation.Id);
        Assert.Equal("Olá, quanto custa 3 pesquisas?", activity.Text);
        Assert.Empty(activity.Attachments);
        var data = activity.ChannelData!.Value;
        Assert.Equal("558282136275", data.GetProperty("WaId").GetString());
        Assert.Equal("0", data.GetProperty("ReferralNumMedia").GetString());
        Assert.Equal("2010-04-01", data.GetProperty("ApiVersion").GetString());
    }

    [Fact]
    public void ToActivity_VoiceNote_IsAnAudioAttachmentWithoutText()
    {
        var activity = WhatsAppMapper.ToActivity(RecordedPayloads.Form("inbound-voice-note.form")).Activity!;

        Assert.Null(activity.Text);
        var audio = Assert.Single(activity.Attachments);
        Assert.Equal("audio/ogg", audio.ContentType);
        Assert.StartsWith("https://api.twilio.com/2010-04-01/Accounts/", audio.ContentUrl, StringComparison.Ordinal);
        Assert.Equal("Maria Souza", activity.From.Name);
    }

    [Fact]
    public void ToActivity_ImageAndDocument_KeepOrderAndTypes()
    {
        var activity = WhatsAppMapper.ToActivity(RecordedPayloads.Form("inbound-image-document.form")).Activity!;

        Assert.Equal("segue o comprovante", activity.Text);
        Assert.Equal(["image/jpeg", "application/pdf"], activity.Attachments.Select(a => a.ContentType));
        Assert.EndsWith("ME11111111111111111111111111111111", activity.Attachments[0].ContentUrl, StringComparison.Ordinal);
        Assert.EndsWith("ME22222222222222222222222222222222", activity.Attachments[1].ContentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void ToActivity_QuickReplyButton_TextIsTheButtonAndPayloadIsKept()
    {
        var activity = WhatsAppMapper.ToActivity(RecordedPayloads.Form("inbound-button.form")).Activity!;

        Assert.Equal("Falar com atendente", activity.Text);
        Assert.Equal("human", activity.ChannelData!.Value.GetProperty("ButtonPayload").GetString());
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("From")]
    [InlineData("To")]
    [InlineData("AccountSid")]
    public void ToActivity_MissingCoreField_Is400(string field)
    {
        var form = RecordedPayloads.Form("inbound-text.form").Where(p => p.Key != field).ToList();

        var read = WhatsAppMapper.ToActivity(form);

        Assert.False(read.IsAccepted);
        Assert.Equal(400, read.Status);
        Assert.Contains(field, read.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("From", "+558282136275")] // SMS, not WhatsApp
    [InlineData("From", "whatsapp:558282136275")]
    [InlineData("NumMedia", "two")]
    [InlineData("NumMedia", "11")]
    [InlineData("NumMedia", "1")] // but no MediaUrl0
    public void ToActivity_MalformedField_Is400(string field, string value)
    {
        var form = RecordedPayloads.Form("inbound-text.form").Select(p => p.Key == field ? new KeyValuePair<string, string>(field, value) : p).ToList();

        Assert.Equal(400, WhatsAppMapper.ToActivity(form).Status);
    }

    [Fact]
    public void ToStatus_RecordedUndelivered_HasStatusAndErrorCode()
    {
        var (status, problem) = WhatsAppMapper.ToStatus(RecordedPayloads.Form("status-undelivered.form"));

        Assert.Null(problem);
        Assert.Equal(new TwilioStatusCallback("SM1234567890abcdef1234567890abcdef", "undelivered", "63016", "AC0123456789abcdef0123456789abcdef",
            "whatsapp:+5511912345678", "whatsapp:+14155238886"), status);
    }

    [Fact]
    public void ToMessageFields_TextWithActions_NumberedOptionsToFromAndCallback()
    {
        var activity = Outbound("Qual produto?", actions: [new CardAction("Publicações", "publicacoes"), new CardAction("Pesquisa", "pesquisa")]);

        var (fields, problem) = WhatsAppMapper.ToMessageFields(activity, "whatsapp:+14155238886", "https://bot.example.com/api/channels/whatsapp/status?m=1", null);

        Assert.Null(problem);
        Assert.Equal(
        [
            new("To", "whatsapp:+5511912345678"),
            new("From", "whatsapp:+14155238886"),
            new("Body", "Qual produto?\n\n1. Publicações\n2. Pesquisa"),
            new("StatusCallback", "https://bot.example.com/api/channels/whatsapp/status?m=1"),
        ], fields!);
    }

    [Fact]
    public void ToMessageFields_RatingChoices_OnOneLine() =>
        Assert.Equal("Que nota?\n1 2 3 4 5", WhatsAppMapper.WithOptions("Que nota?", [.. Enumerable.Range(1, 5).Select(i => new CardAction($"{i}", $"{i}"))]));

    [Fact]
    public void ToMessageFields_Document_MediaUrlResolvedAgainstPublicBase()
    {
        var activity = Outbound("Segue o boleto.", attachments:
        [
            new Attachment("application/pdf", "/files/boleto-123.pdf", "boleto.pdf"),
            new Attachment("application/pdf", "https://cdn.example.com/orcamento.pdf"),
        ]);

        var (fields, _) = WhatsAppMapper.ToMessageFields(activity, "whatsapp:+14155238886", null, new Uri("https://bot.example.com/"));

        Assert.Equal(["https://bot.example.com/files/boleto-123.pdf", "https://cdn.example.com/orcamento.pdf"], fields!.Where(f => f.Key == "MediaUrl").Select(f => f.Value));
        Assert.Equal("Segue o boleto.", fields!.Get("Body"));
        Assert.Null(fields!.Get("StatusCallback"));
    }

    [Fact]
    public void ToMessageFields_RelativeMediaWithoutPublicBase_IsAProblem()
    {
        var (fields, problem) = WhatsAppMapper.ToMessageFields(Outbound("x", attachments: [new Attachment("application/pdf", "/files/a.pdf")]), "whatsapp:+1", null, null);

        Assert.Null(fields);
        Assert.Contains("PublicBaseUrl", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMessageFields_Template_ContentSidAndVariablesWithoutBodyOrMedia()
    {
        var activity = Outbound("ignored", attachments: [new Attachment("application/pdf", "https://x.example/a.pdf")]) with
        {
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object>
            {
                ["contentSid"] = "HX0123456789abcdef0123456789abcdef",
                ["contentVariables"] = new Dictionary<string, string> { ["1"] = "Ana" },
            }),
        };

        var (fields, _) = WhatsAppMapper.ToMessageFields(activity, "whatsapp:+14155238886", null, null);

        Assert.Equal("HX0123456789abcdef0123456789abcdef", fields!.Get("ContentSid"));
        Assert.Equal("{\"1\":\"Ana\"}", fields!.Get("ContentVariables"));
        Assert.Null(fields!.Get("Body"));
        Assert.Null(fields!.Get("MediaUrl"));
    }

    [Fact]
    public void TwilioForm_ParseEncode_RoundTripsEverything()
    {
        KeyValuePair<string, string>[] pairs = [new("Body", "olá & adeus = 100% + 😀"), new("A", ""), new("A", "2"), new("Name With Space", "x")];

        Assert.Equal(pairs, TwilioForm.Parse(TwilioForm.Encode(pairs)));
        Assert.Equal([new KeyValuePair<string, string>("Body", "a b+c")], TwilioForm.Parse("Body=a+b%2Bc"));
    }

    private static Activity Outbound(string text, IReadOnlyList<CardAction>? actions = null, IReadOnlyList<Attachment>? attachments = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        From = new ChannelAccount("bot", "Assistente", "bot"),
        Recipient = new ChannelAccount("+5511912345678", Role: "user"),
        Conversation = new ConversationAccount("+5511912345678"),
        ChannelId = "whatsapp",
        Text = text,
        SuggestedActions = actions is null ? null : new SuggestedActions(actions),
        Attachments = attachments ?? [],
    };
}
