using System.Net;
using System.Text;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>Bad input on the real host: refused with the right status, and nothing stored, nothing sent.</summary>
[Collection(WhatsAppCollection.Name)]
public sealed class WhatsAppRejectionTests
{
    public static TheoryData<string> Cases => ["wrong-signature", "missing-signature", "signed-by-other-token", "missing-fields", "unknown-account", "one-megabyte", "json", "no-content-type"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInbound_RefusedAndNothingStored(string kind)
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var form = TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), WhatsAppEndToEndTests.NewCustomer(), "quanto custa 3 pesquisas?");

        using var response = kind switch
        {
            "wrong-signature" => await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form, signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
            "missing-signature" => await PostRawAsync(host, TwilioForm.Encode(form), "application/x-www-form-urlencoded", signature: null),
            "signed-by-other-token" => await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form, authToken: "another_token"),
            "missing-fields" => await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, [.. form.Where(p => p.Key is not ("MessageSid" or "From"))]),
            "unknown-account" => await TwilioWebhook.PostAsync(host.Client, host.InboundUrl,
                TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), WhatsAppEndToEndTests.NewCustomer(), "oi", accountSid: "AC" + new string('f', 32))),
            "one-megabyte" => await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, [.. form.Select(p => p.Key == "Body" ? new(p.Key, new string('a', 1024 * 1024)) : p)]),
            "json" => await PostRawAsync(host, "{\"MessageSid\":\"SM1\",\"Body\":\"oi\"}", "application/json", signature: "x"),
            _ => await PostRawAsync(host, TwilioForm.Encode(form), contentType: null, signature: TwilioSignature.Compute(FakeTwilio.AuthToken, host.InboundUrl, form)),
        };

        var expected = kind switch
        {
            "missing-fields" => HttpStatusCode.BadRequest,
            "one-megabyte" => HttpStatusCode.RequestEntityTooLarge,
            "json" or "no-content-type" => HttpStatusCode.UnsupportedMediaType,
            _ => HttpStatusCode.Forbidden,
        };
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        await Task.Delay(300);
        var snapshot = await WhatsAppSnapshot.ReadAsync(host.Stores);
        Assert.True(snapshot.IsEmpty, $"stored after {kind}: {snapshot.Conversations} conversations, {snapshot.Claims} claims, {snapshot.Transcript.Count} lines");
        Assert.Empty(twilio.Calls);
    }

    [Fact]
    public async Task BadStatusCallbacks_RefusedAndNothingStored()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var status = TwilioWebhook.Status(TwilioWebhook.NewMessageSid(), "delivered", "+5511900000000");

        using var unsigned = await TwilioWebhook.PostAsync(host.Client, host.StatusUrl, status, signature: "nope");
        using var missing = await TwilioWebhook.PostAsync(host.Client, host.StatusUrl, [.. status.Where(p => p.Key is not ("MessageStatus" or "SmsStatus"))]);
        using var otherAccount = await TwilioWebhook.PostAsync(host.Client, host.StatusUrl,
            [.. status.Select(p => p.Key == "AccountSid" ? new KeyValuePair<string, string>(p.Key, "AC" + new string('e', 32)) : p)]);

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAccount.StatusCode);
        Assert.True((await WhatsAppSnapshot.ReadAsync(host.Stores)).IsEmpty);
    }

    [Fact]
    public async Task BehindAProxy_SignatureOverThePublicUrl_Accepted_OverTheLocalOne_Refused()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio, null, "--Channels:Twilio:PublicBaseUrl=https://bot.example.com");
        var form = TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), WhatsAppEndToEndTests.NewCustomer(), "oi");

        // Twilio called https://bot.example.com/api/channels/whatsapp (default port: it may sign with or without :443).
        using var local = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form);
        using var viaProxy = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form,
            signature: TwilioSignature.Compute(FakeTwilio.AuthToken, "https://bot.example.com:443/api/channels/whatsapp", form));

        Assert.Equal(HttpStatusCode.Forbidden, local.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaProxy.StatusCode);
    }

    [Fact]
    public async Task RandomBody_SignedByTheTwilioNpmPackage_Accepted()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var form = TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), WhatsAppEndToEndTests.NewCustomer(), "olá 😀 & 100% = R$ 45,00 + ação");
        form.Add(new("ChannelMetadata", "{\"type\":\"whatsapp\",\"data\":{\"context\":{\"ProfileName\":\"Ana\",\"WaId\":\"5511\"}}}"));
        form.Add(new("Forwarded", "true"));

        var npm = await TwilioNpm.RunAsync([new NpmSignatureCase(FakeTwilio.AuthToken, host.InboundUrl, form)]);
        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form, signature: npm[0].Signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(WhatsAppHost host, string body, string? contentType, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.InboundUrl)) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        return await host.Client.SendAsync(request);
    }
}
