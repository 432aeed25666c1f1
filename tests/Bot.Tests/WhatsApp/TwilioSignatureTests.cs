using System.Text;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>X-Twilio-Signature against the official test vectors (twilio-csharp RequestValidatorTest; protocols.md A2).</summary>
public sealed class TwilioSignatureTests
{
    private const string Token = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static readonly KeyValuePair<string, string>[] Parameters =
    [
        new("CallSid", "CA1234567890ABCDE"),
        new("From", "+14158675309"),
        new("Digits", "1234"),
        new("To", "+18005551212"),
        new("Caller", "+14158675309"),
    ];

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [InlineData("http://username:password@MyCompany.com/myapp.php?foo=1&bar=2", "PJ08CxXr7KLPjEQCTc8LkUSMwSM=")]
    public void Compute_OfficialVector_MatchesAndValidates(string url, string expected)
    {
        Assert.Equal(expected, TwilioSignature.Compute(Token, url, Parameters));
        Assert.True(TwilioSignature.IsValid(Token, url, Parameters, expected));
    }

    [Fact]
    public void Compute_SignedString_IsUrlThenSortedNamesAndValues()
    {
        // The first vector's signed string, spelled out in protocols.md.
        const string signed = "https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675309Digits1234From+14158675309To+18005551212";
#pragma warning disable CA5350 // the protocol's algorithm
        var direct = Convert.ToBase64String(System.Security.Cryptography.HMACSHA1.HashData(Encoding.UTF8.GetBytes(Token), Encoding.UTF8.GetBytes(signed)));
#pragma warning restore CA5350
        Assert.Equal(direct, TwilioSignature.Compute(Token, Url, Parameters));
    }

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")] // Twilio called with :443, we saw none
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")] // Twilio called without, we saw :443
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")] // "without port" strips a custom port too
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    public void IsValid_PortVariantsTwilioSdksAccept_Validate(string url, string signature) =>
        Assert.True(TwilioSignature.IsValid(Token, url, Parameters, signature));

    [Theory]
    [InlineData("RSOYDt4T1cUTdK1PDd93/VVr8B8")] // truncated
    [InlineData("RSOYDt4T1cUTdK1PDd93/VVr8B9=")] // one character off
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WrongOrMissingSignature_Fails(string? signature) =>
        Assert.False(TwilioSignature.IsValid(Token, Url, Parameters, signature));

    [Fact]
    public void IsValid_ChangedParameterOrUrlOrToken_Fails()
    {
        const string signature = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
        Assert.False(TwilioSignature.IsValid(Token, Url, [.. Parameters.Select(p => p.Key == "Digits" ? new KeyValuePair<string, string>("Digits", "1235") : p)], signature));
        Assert.False(TwilioSignature.IsValid(Token, Url + "&baz=3", Parameters, signature));
        Assert.False(TwilioSignature.IsValid(Token, "https://mycompany.com/myapp.php?bar=2&foo=1", Parameters, signature));
        Assert.False(TwilioSignature.IsValid("12346", Url, Parameters, signature));
        Assert.False(TwilioSignature.IsValid("", Url, Parameters, signature));
    }

    [Fact]
    public void BodyVectors_HashAndUrlOnlySignature_Match()
    {
        var hash = TwilioSignature.BodyHash(Encoding.UTF8.GetBytes("{\"property\": \"value\", \"boolean\": true}"));
        Assert.Equal("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620", hash);
        Assert.Equal("a9nBmqA0ju/hNViExpshrM61xv4=", TwilioSignature.Compute(Token, $"{Url}&bodySHA256={hash}", []));
        Assert.Equal("y77kIzt2vzLz71DgmJGsen2scGs=", TwilioSignature.Compute(Token, $"https://mycompany.com/myapp.php?bodySHA256={hash}", []));
    }

    [Fact]
    public void WhatsAppVector_WithAndWithoutPort_Match()
    {
        const string sid = "SM00000000000000000000000000000001";
        KeyValuePair<string, string>[] form =
        [
            new("SmsMessageSid", sid), new("NumMedia", "0"), new("ProfileName", "Jane Doe"), new("SmsSid", sid), new("WaId", "15551234567"),
            new("SmsStatus", "received"), new("Body", "Hello bot"), new("To", "whatsapp:+14155238886"), new("NumSegments", "1"),
            new("ReferralNumMedia", "0"), new("MessageSid", sid), new("AccountSid", "AC00000000000000000000000000000000"),
            new("From", "whatsapp:+15551234567"), new("ApiVersion", "2010-04-01"),
        ];
        Assert.Equal("wRE6WKhdvttoBY2jKk1gTvr2IxE=", TwilioSignature.Compute("test_auth_token_123", "https://bot.example.com/api/twilio/whatsapp", form));
        Assert.Equal("iQksr07ktC3g6K6Zz33fTOWKFZY=", TwilioSignature.Compute("test_auth_token_123", "https://bot.example.com:443/api/twilio/whatsapp", form));
        Assert.True(TwilioSignature.IsValid("test_auth_token_123", "https://bot.example.com/api/twilio/whatsapp", form, "iQksr07ktC3g6K6Zz33fTOWKFZY="));
    }

    [Fact]
    public void Compute_RepeatedName_SignsEachDistinctValueOnceInOrder()
    {
        KeyValuePair<string, string>[] repeated = [new("B", "2"), new("A", "z"), new("A", "a"), new("A", "z")];
        KeyValuePair<string, string>[] spelled = [new("A", "a"), new("A", "z"), new("B", "2")];
#pragma warning disable CA5350
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA1.HashData(Encoding.UTF8.GetBytes(Token), Encoding.UTF8.GetBytes(Url + "AaAzB2")));
#pragma warning restore CA5350
        Assert.Equal(expected, TwilioSignature.Compute(Token, Url, repeated));
        Assert.Equal(expected, TwilioSignature.Compute(Token, Url, spelled));
    }

    [Theory]
    [InlineData("https://h.example/p?q=1", "https://h.example/p?q=1", "https://h.example:443/p?q=1")]
    [InlineData("http://u:p@H.Example:8080/p", "http://u:p@H.Example/p", "http://u:p@H.Example:8080/p")]
    [InlineData("http://[::1]:5080/api", "http://[::1]/api", "http://[::1]:5080/api")]
    [InlineData("https://h.example", "https://h.example", "https://h.example:443")]
    public void TwilioUrl_PortForms_KeepEverythingElse(string url, string withoutPort, string withPort)
    {
        Assert.Equal(withoutPort, TwilioUrl.WithoutPort(url));
        Assert.Equal(withPort, TwilioUrl.WithPort(url));
    }
}
