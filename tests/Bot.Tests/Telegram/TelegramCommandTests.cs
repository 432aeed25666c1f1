using ContactCentre.Bot.Hosting;

namespace ContactCentre.Bot.Tests.Telegram;

/// <summary><c>telegram set-webhook URL</c> calls setWebhook with our secret token.</summary>
public sealed class TelegramCommandTests
{
    [Fact]
    public async Task SetWebhook_SendsUrlAndSecretToken()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(
            ["telegram", "set-webhook", "https://bot.example.com/api/channels/telegram",
             $"--Channels:Telegram:BotToken={FakeBotApi.Token}", "--Channels:Telegram:SecretToken=s3cret_Token", $"--Channels:Telegram:ApiBaseUrl={api.BaseUrl}"],
            output, error, CancellationToken.None);

        Assert.True(exit == 0, error.ToString());
        var call = Assert.Single(api.Calls);
        Assert.Equal("setWebhook", call.Method);
        Assert.Equal("https://bot.example.com/api/channels/telegram", call.Json?["url"]?.ToString());
        Assert.Equal("s3cret_Token", call.Json?["secret_token"]?.ToString());
    }

    [Fact]
    public async Task SetWebhook_WithoutSettings_SaysWhatIsMissing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["telegram", "set-webhook", "https://bot.example.com/api/channels/telegram", "--Channels:Telegram:BotToken="], output, error, CancellationToken.None);
        Assert.Equal(2, exit);
        Assert.Contains("SecretToken", error.ToString(), StringComparison.Ordinal);
    }
}
