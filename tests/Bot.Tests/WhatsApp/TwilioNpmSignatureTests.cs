using System.Globalization;
using System.Text;
using ContactCentre.Channels.WhatsApp;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>
/// Our signatures against the official twilio npm package (6.2.0) on random bodies: the same value for the
/// same URL and parameters, each side accepting the other's, the port variants included.
/// </summary>
public sealed class TwilioNpmSignatureTests(ITestOutputHelper output)
{
    private static readonly string[] Names =
    [
        "MessageSid", "SmsSid", "SmsMessageSid", "AccountSid", "From", "To", "Body", "NumMedia", "NumSegments", "ProfileName", "WaId",
        "SmsStatus", "ApiVersion", "MediaUrl0", "MediaContentType0", "ButtonText", "ButtonPayload", "ChannelMetadata", "Latitude",
        "ReferralNumMedia", "a", "Z", "_x", "b1", "Ä", "名前",
    ];

    private static readonly string[] Pieces =
    [
        "olá", "quanto custa 3 pesquisas?", "R$ 45,00", "a&b=c", "100%", "+55 11 91234-5678", "whatsapp:+5511912345678", " ", "  espaços  ",
        "ação", "😀", "中文", "line\nbreak", "tab\t", "\"quoted\"", "{\"1\":\"Ana\"}", "", "x", "é", "~!@#$^*()[]{}|;:',.<>/?", "AC" + new string('0', 32),
    ];

    [Fact]
    public async Task RandomBodies_SignedByTwilioNpm_MatchOursBothWays()
    {
        var random = new Random(20261123);
        var cases = Enumerable.Range(0, 300).Select(_ => RandomCase(random)).ToList();

        // Round 1: npm computes; it also checks the signature we computed (validateRequest).
        var ours = cases.Select(c => c with { Signature = TwilioSignature.Compute(c.Token, c.Url, c.Parameters) }).ToList();
        var npm = await TwilioNpm.RunAsync(ours);
        Assert.Equal(cases.Count, npm.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.True(ours[i].Signature == npm[i].Signature, $"case {i}: ours {ours[i].Signature}, npm {npm[i].Signature}, url {cases[i].Url}");
            Assert.True(npm[i].Valid, $"case {i}: twilio.validateRequest rejected our signature for {cases[i].Url}");
            Assert.True(TwilioSignature.IsValid(cases[i].Token, cases[i].Url, cases[i].Parameters, npm[i].Signature), $"case {i}: we rejected npm's signature");
        }

        output.WriteLine($"{cases.Count} random bodies: signatures identical, each side validates the other's.");
    }

    [Fact]
    public async Task PortVariants_SignedByNpmOnOneForm_ValidateOnTheOther()
    {
        var random = new Random(7);
        var cases = new List<NpmSignatureCase>();
        var seen = new List<string>();
        foreach (var i in Enumerable.Range(0, 60))
        {
            var c = RandomCase(random);
            var bare = TwilioUrl.WithoutPort(c.Url);
            var (signed, received) = (i % 3) switch
            {
                // Twilio signed with the scheme's port, the server sees none (or the reverse): either form validates.
                0 => (TwilioUrl.WithPort(bare), bare),
                1 => (bare, TwilioUrl.WithPort(bare)),
                // Twilio signed without a port, the server sees a custom one (a proxy's): "without port" strips it.
                _ => (bare, bare.Replace("/api/", ":8443/api/", StringComparison.Ordinal)),
            };
            cases.Add(c with { Url = signed });
            seen.Add(received);
        }

        var npm = await TwilioNpm.RunAsync(cases);
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.True(TwilioSignature.IsValid(cases[i].Token, seen[i], cases[i].Parameters, npm[i].Signature), $"case {i}: {cases[i].Url} vs {seen[i]}");
        }
    }

    [Fact]
    public async Task WrongSignatures_RejectedByNpmAndUs()
    {
        var random = new Random(99);
        var cases = Enumerable.Range(0, 40).Select(_ => RandomCase(random)).ToList();
        var wrong = cases.Select(c => c with { Signature = TwilioSignature.Compute(c.Token + "x", c.Url, c.Parameters) }).ToList();
        var npm = await TwilioNpm.RunAsync(wrong);
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.False(npm[i].Valid);
            Assert.False(TwilioSignature.IsValid(cases[i].Token, cases[i].Url, cases[i].Parameters, wrong[i].Signature));
        }
    }

    internal static NpmSignatureCase RandomCase(Random random)
    {
        var scheme = random.Next(3) == 0 ? "http" : "https";
        var host = random.Next(4) switch
        {
            0 => "bot.example.com",
            1 => "Bot.Example.COM",
            2 => "127.0.0.1",
            _ => "contact-centre.example.net",
        };
        var port = random.Next(3) switch
        {
            0 => "",
            1 => scheme == "https" ? ":443" : ":80",
            _ => ":" + random.Next(1024, 65535).ToString(CultureInfo.InvariantCulture),
        };
        var query = random.Next(3) switch
        {
            0 => "",
            1 => "?a=1&b=2",
            _ => $"?sig=x{random.Next(1000).ToString(CultureInfo.InvariantCulture)}&empty=",
        };
        var parameters = new List<KeyValuePair<string, string>>();
        var count = random.Next(0, 14);
        for (var i = 0; i < count; i++)
        {
            var name = Names[random.Next(Names.Length)];
            // Most names once, some repeated (twilio-node signs each distinct value once, sorted).
            if (parameters.Any(p => p.Key == name) && random.Next(4) != 0)
            {
                continue;
            }

            parameters.Add(new(name, Value(random)));
        }

        var token = random.Next(2) == 0 ? "12345" : Convert.ToHexStringLower(RandomBytes(random, 16));
        return new NpmSignatureCase(token, $"{scheme}://{host}{port}/api/channels/whatsapp{query}", parameters);
    }

    private static string Value(Random random)
    {
        var text = new StringBuilder();
        var parts = random.Next(0, 4);
        for (var i = 0; i < parts; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
