using ContactCentre.Bot.Dialogs.Understanding;
using static ContactCentre.Bot.Tests.Understanding.UnderstandingFixture;

namespace ContactCentre.Bot.Tests.Understanding;

public sealed class IntentClassificationTests
{
    [Theory]
    [InlineData("QUANTO CUSTA A INTIMAÇÃO?", "price")]
    [InlineData("quanto custa a intimacao", "price")]
    [InlineData("qto custa a intimaçao pra dois adv", "price")]
    [InlineData("qero contratr a intimaçao", "buy")]
    [InlineData("segunda via do bolto", "billing")]
    [InlineData("preciso de treinamnto pra equipe", "training")]
    [InlineData("quero fazer uma reclamaçao", "complaint")]
    [InlineData("nao consigo acesar o sistema", "support")]
    [InlineData("quero falar com um atendnte", "human")]
    [InlineData("bom diaaa", "greeting")]
    [InlineData("obgd", "thanks")]
    public void Classify_TyposAccentsAndCase_StillFindTheIntent(string text, string intent)
    {
        Assert.Equal(intent, DefaultUnderstander.Classifier.Classify(text)?.Intent);
    }

    [Theory]
    [InlineData("oi, quanto custa a intimação para 2 advogados?", "price")]
    [InlineData("boa tarde, preciso da segunda via do boleto", "billing")]
    [InlineData("obrigado! mas quero falar com um atendente", "human")]
    [InlineData("sim, quero contratar", "buy")]
    public void Classify_GreetingOrCourtesyWithARequest_IsTheRequest(string text, string intent)
    {
        Assert.Equal(intent, DefaultUnderstander.Classifier.Classify(text)?.Intent);
    }

    [Theory]
    [InlineData("quero cancelar minha assinatura", "cancel-contract")]
    [InlineData("esquece, deixa pra lá", "cancel")]
    [InlineData("parar", "optout")]
    [InlineData("quero trocar o titular da conta", "sensitive-change")]
    [InlineData("meu cpf é 529.982.247-25", "inform")]
    public void Classify_IntentsTheFlowAdds_AreRecognised(string text, string intent)
    {
        Assert.Equal(intent, DefaultUnderstander.Classifier.Classify(text)?.Intent);
    }

    [Theory]
    [InlineData("me conta uma piada")]
    [InlineData("meu cachorro fugiu")]
    [InlineData("asdfgh")]
    [InlineData("👍")]
    [InlineData("")]
    public void Classify_UnrelatedOrEmpty_IsNothing(string text)
    {
        Assert.Null(DefaultUnderstander.Classifier.Classify(text));
    }

    [Fact]
    public void Intents_ComeOnlyFromTheFlowsExamples()
    {
        var understander = Understander.FromYaml("""
            intents:
              fruta: [quero uma banana, tem maçã?]
              legume: [quero cenoura, tem batata?]
            numbers: { uma: 1 }
            """);

        Assert.Equal(["fruta", "legume"], understander.Classifier.Intents.Order());
        Assert.Equal("fruta", understander.Classifier.Classify("bananas")?.Intent);
        Assert.Equal("legume", understander.Classifier.Classify("batatas?")?.Intent);
    }

    [Fact]
    public void Rank_ScoresEveryIntentBetweenZeroAndOne_BestFirst()
    {
        var ranking = DefaultUnderstander.Classifier.Rank("quanto custa a pesquisa");

        Assert.Equal(DefaultUnderstander.Classifier.Intents.Count, ranking.Count);
        Assert.All(ranking, m => Assert.InRange(m.Score, 0, 1));
        Assert.Equal(ranking.OrderByDescending(m => m.Score).Select(m => m.Intent), ranking.Select(m => m.Intent));
        Assert.Equal("price", ranking[0].Intent);
    }

    [Theory]
    [InlineData("contratar", "contratr", 1)]
    [InlineData("advogados", "adovgados", 1)]
    [InlineData("intimacao", "intimacao", 0)]
    [InlineData("sim", "sem", 1)]
    public void Distance_CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, SpellingCorrector.Distance(a, b, 3));
    }

    [Fact]
    public void SpellingCorrector_LeavesShortWordsAlone()
    {
        var corrector = new SpellingCorrector(new Dictionary<string, int> { ["sim"] = 1, ["contratar"] = 1 });

        Assert.Null(corrector.Correct("sem"));
        Assert.Equal("contratar", corrector.Correct("contratr"));
    }

    [Theory]
    [InlineData("olaaaa", "ola")]
    [InlineData("kkkkk", "k")]
    [InlineData("processo", "processo")]
    [InlineData("2000", "2000")]
    public void Squeeze_StretchedLettersOnly(string token, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Squeeze(token));
    }
}
