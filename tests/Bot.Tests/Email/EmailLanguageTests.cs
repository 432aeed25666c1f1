using MimeKit;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>
/// The customer's language end to end on real servers (Dovecot in, maildev out): the answer's framing and the
/// bot's own sentences, money and dates come from the flow of the mail's language.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class EmailLanguageTests(MailServers servers)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EnglishMail_IsAnsweredInEnglishEndToEnd_FramingSentencesAndMoney()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var question = TestMail.Plain(mail.Customer, mail.Bot, "Court notices", "Hello, how much are the court notices for two lawyers? Thank you, John");
        await mail.Mailbox.DeliverAsync(question);

        var answer = (await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout))[0];
        Assert.Equal("en", answer.Header("content-language"));
        Assert.StartsWith("Re: Court notices [#", answer.Subject, StringComparison.Ordinal);
        Assert.Contains("Hello! I'm the virtual assistant.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Here is your quote:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("R$99.80", answer.Text, StringComparison.Ordinal);
        Assert.Contains("wrote:", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Segue o orçamento", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("R$ 99,80", answer.Text, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", answer.Html, StringComparison.Ordinal);
        Assert.Equal("en", Assert.Single(await mail.ConversationsAsync()).Language);
    }

    [Fact]
    public async Task MailFromPortugal_IsAnsweredInEuropeanPortuguese_WithPortugalsMoneyFormat()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var question = TestMail.Plain(mail.Customer, mail.Bot, "Intimações", "Bom dia, gostava de saber quanto custa a intimação para dois advogados. Obrigado, João");
        await mail.Mailbox.DeliverAsync(question);

        var answer = (await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout))[0];
        Assert.Equal("pt-PT", answer.Header("content-language"));
        Assert.Contains("Aqui está o orçamento:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("99,80 R$", answer.Text, StringComparison.Ordinal);
        Assert.Contains("escreveu:", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Segue o orçamento", answer.Text, StringComparison.Ordinal);
        Assert.Equal("pt-PT", Assert.Single(await mail.ConversationsAsync()).Language);
    }

    [Fact]
    public async Task DeclaredContentLanguage_WinsOverTheWords_AndTheThreadKeepsItsLanguage()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var question = TestMail.Plain(mail.Customer, mail.Bot, "Orçamento", "quanto custa a pesquisa?");
        question.Headers.Add(HeaderId.ContentLanguage, "en-GB");
        await mail.Mailbox.DeliverAsync(question);
        var first = (await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout))[0];
        Assert.Equal("en", first.Header("content-language"));
        Assert.Contains("R$15.00", first.Text, StringComparison.Ordinal);

        // The reply in the same thread is in Portuguese words, but the conversation's language was decided on its first turn.
        Assert.Contains("could you give me a phone number or e-mail?", first.Text, StringComparison.Ordinal);
        await mail.Mailbox.DeliverAsync(TestMail.Reply(mail.Customer, mail.Bot, first, "meu telefone é +14155550100"));
        var second = (await mail.Maildev.WaitAsync(mail.Customer, 2, Timeout)).Single(m => m.Id != first.Id);
        Assert.Equal("en", second.Header("content-language"));
        Assert.Contains("I've saved your contact", second.Text, StringComparison.Ordinal);
    }
}
