using System.Text.Json;
using ContactCentre.Bot.WhatsApp;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>The 24-hour window and the flow's templates, decided before each send.</summary>
public sealed class WhatsAppOutboundPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> NoTemplates = [];

    [Fact]
    public void Window_23h59AfterLastMessage_IsOpenWithTimeLeft()
    {
        var window = WhatsAppWindow.At(Now.AddHours(-23).AddMinutes(-59), Now);

        Assert.True(window.IsOpen);
        Assert.Equal(TimeSpan.FromMinutes(1), window.TimeLeft);
        Assert.Equal(Now.AddMinutes(1), window.ClosesAt);
    }

    [Theory]
    [InlineData(24.0)]
    [InlineData(25.5)]
    public void Window_24hOrMore_IsClosed(double hours)
    {
        var window = WhatsAppWindow.At(Now.AddHours(-hours), Now);

        Assert.False(window.IsOpen);
        Assert.Equal(TimeSpan.Zero, window.TimeLeft);
    }

    [Fact]
    public void Window_CustomerNeverWrote_IsClosed() => Assert.False(WhatsAppWindow.At(null, Now).IsOpen);

    [Fact]
    public void Decide_InsideWindow_FreeTextAsIs()
    {
        var activity = Message("Olá!");

        var plan = WhatsAppOutboundPolicy.Decide(activity, WhatsAppWindow.At(Now.AddHours(-1), Now), NoTemplates);

        Assert.Same(activity, plan.Send);
    }

    [Fact]
    public void Decide_OutsideWindowWithoutTemplate_Refused63016Explained()
    {
        var plan = WhatsAppOutboundPolicy.Decide(Message("Olá!"), WhatsAppWindow.At(Now.AddHours(-30), Now), NoTemplates);

        Assert.Null(plan.Send);
        Assert.Equal("63016", plan.ErrorCode);
        Assert.Contains("24 horas", plan.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OutsideWindowWithTemplate_SendsTheTemplateWithTheText()
    {
        var templates = new Dictionary<string, string> { [WhatsAppOutboundPolicy.OutsideWindowPurpose] = "HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" };

        var plan = WhatsAppOutboundPolicy.Decide(Message("Seu orçamento está pronto."), WhatsAppWindow.At(Now.AddDays(-3), Now), templates);

        var template = WhatsAppMapper.Template(plan.Send!);
        Assert.Equal("HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", template!.Value.Sid);
        Assert.Equal("{\"1\":\"Seu orçamento está pronto.\"}", Normalize(template.Value.Variables));
    }

    [Fact]
    public void Decide_ChosenPurpose_SentInOrOutOfWindow_WithItsVariables()
    {
        var templates = new Dictionary<string, string> { ["payment-reminder"] = "HXbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" };
        var activity = Message("lembrete") with
        {
            ChannelData = JsonSerializer.SerializeToElement(new { templatePurpose = "payment-reminder", contentVariables = new Dictionary<string, string> { ["1"] = "Ana" } }),
        };

        foreach (var window in new[] { WhatsAppWindow.At(Now.AddHours(-1), Now), WhatsAppWindow.At(Now.AddDays(-2), Now) })
        {
            var template = WhatsAppMapper.Template(WhatsAppOutboundPolicy.Decide(activity, window, templates).Send!);
            Assert.Equal("HXbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", template!.Value.Sid);
            Assert.Equal("{\"1\":\"Ana\"}", Normalize(template.Value.Variables));
        }
    }

    [Fact]
    public void Decide_ChosenPurposeNotConfiguredOutsideWindow_Refused()
    {
        var activity = Message("x") with { ChannelData = JsonSerializer.SerializeToElement(new { templatePurpose = "nope" }) };

        var plan = WhatsAppOutboundPolicy.Decide(activity, WhatsAppWindow.At(Now.AddDays(-2), Now), NoTemplates);

        Assert.Equal("63016", plan.ErrorCode);
        Assert.Contains("'nope'", plan.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SuggestedActionsWithQuickReplyTemplate_Buttons()
    {
        var templates = new Dictionary<string, string> { ["quick-reply-2"] = "HXcccccccccccccccccccccccccccccccc" };
        var activity = Message("Confirma?") with { SuggestedActions = new SuggestedActions([new CardAction("Sim", "sim"), new CardAction("Não", "nao")]) };

        var plan = WhatsAppOutboundPolicy.Decide(activity, WhatsAppWindow.At(Now.AddHours(-1), Now), templates);

        var template = WhatsAppMapper.Template(plan.Send!);
        Assert.Equal("HXcccccccccccccccccccccccccccccccc", template!.Value.Sid);
        Assert.Equal("{\"1\":\"Confirma?\",\"2\":\"Sim\",\"3\":\"Não\"}", Normalize(template.Value.Variables));
    }

    [Fact]
    public void Decide_SuggestedActionsWithoutTemplateForThatCount_NumberedText()
    {
        var templates = new Dictionary<string, string> { ["quick-reply-2"] = "HXcccccccccccccccccccccccccccccccc" };
        var activity = Message("Qual?") with { SuggestedActions = new SuggestedActions([new CardAction("A", "a"), new CardAction("B", "b"), new CardAction("C", "c")]) };

        var plan = WhatsAppOutboundPolicy.Decide(activity, WhatsAppWindow.At(Now.AddHours(-1), Now), templates);

        Assert.Null(WhatsAppMapper.Template(plan.Send!));
        Assert.Equal("Qual?\n\n1. A\n2. B\n3. C", WhatsAppMapper.ToMessageFields(plan.Send!, "whatsapp:+1", null, null).Fields!.Get("Body"));
    }

    [Fact]
    public void Decide_AlreadyATemplate_SentOutsideWindow()
    {
        var activity = Message("") with { ChannelData = JsonSerializer.SerializeToElement(new { contentSid = "HXdddddddddddddddddddddddddddddddd" }) };

        Assert.Same(activity, WhatsAppOutboundPolicy.Decide(activity, WhatsAppWindow.At(null, Now), NoTemplates).Send);
    }

    [Theory]
    [InlineData("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", true)]
    [InlineData("https://media.twiliocdn.com/x", true)]
    [InlineData("https://mms.twilio.com/x", true)]
    [InlineData("http://api.twilio.com/x", false)] // credentials never over plain http to Twilio
    [InlineData("https://api.twilio.com.evil.example/x", false)]
    [InlineData("https://eviltwilio.com/x", false)]
    [InlineData("https://user:pw@api.twilio.com/x", false)]
    [InlineData("https://twiliocdn.com.evil.example/x", false)]
    [InlineData("http://127.0.0.1:5000/x", true)] // the allow-list's extra host (a test's fake)
    [InlineData("http://localhost:5000/x", false)]
    public void MediaHosts_OnlyTwilioOrAllowList(string url, bool allowed) =>
        Assert.Equal(allowed, TwilioMediaHosts.IsAllowed(new Uri(url), ["127.0.0.1"]));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The variables as plain JSON (no \u escapes), for comparing.</summary>
    private static string? Normalize(string? json) => json is null ? null : JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, string>>(json), Readable);

    private static Activity Message(string text) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        From = new ChannelAccount("bot", Role: "bot"),
        Recipient = new ChannelAccount("+5511912345678", Role: "user"),
        Conversation = new ConversationAccount("+5511912345678"),
        ChannelId = "whatsapp",
        Text = text,
    };
}
