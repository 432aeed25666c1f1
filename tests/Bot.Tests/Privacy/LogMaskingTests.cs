using ContactCentre.Bot.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCentre.Bot.Tests.Privacy;

/// <summary>Personal data and secrets never reach the log: masked in the message and in exception text.</summary>
public sealed class LogMaskingTests
{
    [Theory]
    [InlineData("inbound from whatsapp:+5511987654321", "whatsapp:+***********21")]
    [InlineData("ligar para +55 11 98765-4321 hoje", "+** ** *****-**21")]
    [InlineData("ligar para (11) 98765-4321 hoje", "(**) *****-**21")]
    [InlineData("telefone 11987654321.", "*********21")]
    [InlineData("e-mail ana.souza@empresa.com.br respondeu", "a***@***")]
    [InlineData("CPF 123.456.789-09 informado", "***.***.***-**")]
    [InlineData("CNPJ 12.345.678/0001-95 informado", "**.***.***/****-**")]
    [InlineData("CNPJ 12345678000195 informado", "**.***.***/****-**")]
    public void PersonalData_Masked(string text, string expectedMask)
    {
        var masked = SensitiveDataMasker.Mask(text);

        Assert.Contains(expectedMask, masked, StringComparison.Ordinal);
        Assert.DoesNotContain("98765", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.souza", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("456", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("678", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Port=5432;Username=cc;Password=s3cr3t!x;Database=cc", "s3cr3t!x")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def", "eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("api key cc_live_0123456789abcdef used", "cc_live_0123456789abcdef")]
    [InlineData("Channels:Twilio:AuthToken=0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef")]
    [InlineData("{\"secret_token\":\"x\", \"token\": \"tok-987\"}", "tok-987")]
    public void Secrets_NeverShown(string text, string secret)
    {
        Assert.DoesNotContain(secret, SensitiveDataMasker.Mask(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Outbox drain took 1234 ms at 2026-11-23T15:15:02.2227892+00:00")]
    [InlineData("conversation 81e1d0d20c9b4b2885e35d0abe112964 on 127.0.0.1:55440")]
    [InlineData("Now listening on: http://127.0.0.1:5080")]
    [InlineData("outbox message e0aa7e5d-f481-478f-9efb-2452b7177fda attempt 3")]
    public void OrdinaryFacts_LeftAsTheyAre(string text)
    {
        Assert.Equal(text, SensitiveDataMasker.Mask(text));
    }

    [Fact]
    public void ConsoleFormatter_MasksMessageAndException()
    {
        var formatter = new MaskingConsoleFormatter();
        using var output = new StringWriter();
        var exception = new InvalidOperationException("could not reach ana@example.com with Password=hunter2");
        var state = "Turn of whatsapp:+5511987654321 failed (CPF 123.456.789-09)";

        formatter.Write(new LogEntry<string>(LogLevel.Error, "ContactCentre.Test", new EventId(7), state, exception, (s, _) => s), null, output);
        var line = output.ToString();

        Assert.StartsWith("fail: ContactCentre.Test[7]", line, StringComparison.Ordinal);
        Assert.Contains("whatsapp:+***********21", line, StringComparison.Ordinal);
        Assert.Contains("***.***.***-**", line, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", line, StringComparison.Ordinal);
        foreach (var secret in new[] { "5511987654321", "123.456.789-09", "ana@example.com", "hunter2" })
        {
            Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
        }
    }
}
