using System.Net;
using System.Text.Json;
using ContactCentre.Bot.Tests.Support;

namespace ContactCentre.Bot.Tests.Telegram;

/// <summary>The Telegram channel end to end: real Kestrel, the webhook as Telegram calls it, replies to a local fake Bot API.</summary>
public sealed class TelegramWebhookTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TextIn_SendMessageOut_ToTheRightChat()
    {
        await using var telegram = await TelegramHost.StartAsync();
        var chat = TelegramHost.NewChatId();
        var other = TelegramHost.NewChatId();

        using var response = await telegram.PostAsync(TelegramUpdates.Text(Random.Shared.Next(1, int.MaxValue), chat, "Olá, quanto custa a intimação?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await telegram.Api.WaitAsync(chat, 1, Timeout);

        Assert.All(sent, call => Assert.Equal(chat, call.ChatId));
        Assert.False(string.IsNullOrWhiteSpace(sent[0].Text));
        Assert.NotNull(sent[^1].Json?["reply_markup"]); // a reply keyboard, or the removal of a stale one
        Assert.Empty(telegram.Api.To(other));
        await telegram.WaitSentAsync(chat, Timeout);
        var stored = await telegram.StoredAsync(chat);
        Assert.Equal(stored.Outbox, telegram.Api.To(chat).Count);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-secret", HttpStatusCode.Forbidden)]
    public async Task WrongOrMissingSecret_IsRefused_AndNothingIsStored(string? secret, HttpStatusCode expected)
    {
        await using var telegram = await TelegramHost.StartAsync();
        var chat = TelegramHost.NewChatId();

        using var response = await telegram.PostAsync(TelegramUpdates.Text(Random.Shared.Next(1, int.MaxValue), chat, "Olá"), secret);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((0, 0, 0), await telegram.StoredAsync(chat));
        await Task.Delay(500);
        Assert.Empty(telegram.Api.Calls);
    }

    [Fact]
    public async Task DuplicateUpdateId_GetsOneAnswer()
    {
        await using var telegram = await TelegramHost.StartAsync();
        var chat = TelegramHost.NewChatId();
        var update = TelegramUpdates.Text(Random.Shared.Next(1, int.MaxValue), chat, "Olá, qual o valor da pesquisa?");

        // Telegram redelivers when it got no 2xx in time: the same update_id, sometimes while the first is still running.
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => telegram.PostAsync(update)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var outcomes = await Task.WhenAll(responses.Select(async r => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString()));
        Assert.Single(outcomes, o => o == "processed");
        await telegram.Api.WaitAsync(chat, 1, Timeout);
        await telegram.WaitSentAsync(chat, Timeout);
        var answered = telegram.Api.To(chat).Count;

        using var late = await telegram.PostAsync(update);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal("duplicate", JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString());
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(answered, telegram.Api.To(chat).Count);
        Assert.Equal(1, (await telegram.StoredAsync(chat)).Claims);
    }

    [Fact]
    public async Task SharedContact_IdentifiesTheCustomerByPhone()
    {
        await using var telegram = await TelegramHost.StartAsync();
        var chat = TelegramHost.NewChatId();

        // The demo world's Escritório Silva is +55 11 99999-0001; Telegram sends the number without "+".
        using var response = await telegram.PostAsync(TelegramUpdates.Contact(Random.Shared.Next(1, int.MaxValue), chat, "5511999990001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conversation = await telegram.ConversationAsync(chat);
        Assert.Equal("c-silva", conversation?.CustomerId);
    }

    [Fact]
    public async Task EditedMessage_IsTakenWithoutATurn()
    {
        await using var telegram = await TelegramHost.StartAsync();
        var chat = TelegramHost.NewChatId();

        using var response = await telegram.PostAsync(TelegramUpdates.EditedMessage(Random.Shared.Next(1, int.MaxValue), chat));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // anything else makes Telegram redeliver it forever
        Assert.Equal((0, 0, 0), await telegram.StoredAsync(chat));
    }

    [Fact]
    public async Task Photo_IsShownInTheTranscript_ThroughOurFileProxy()
    {
        await using var telegram = await TelegramHost.StartAsync();
        var chat = TelegramHost.NewChatId();

        using var response = await telegram.PostAsync(TelegramUpdates.Photo(Random.Shared.Next(1, int.MaxValue), chat, "segue o comprovante"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var signedOut = await telegram.Host.Client.GetAsync(new Uri("/api/channels/telegram/files/AgACbig", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode); // customers' files are for agents only
        using var agent = await SignedInClient.CreateUserAsync(telegram.Host);
        using var file = await agent.Http.GetAsync(new Uri("/api/channels/telegram/files/AgACbig", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains(telegram.Api.Calls, c => c.Method == "getFile" && c.Json?["file_id"]?.ToString() == "AgACbig");
    }
}
