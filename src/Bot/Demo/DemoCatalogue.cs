using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Demo;

/// <summary>The price list of a legal-publications SaaS: every unit the seeds name.</summary>
internal static class DemoCatalogue
{
    public static List<Product> All() =>
    [
        new() { Code = "intimacao", Name = "Intimação", Unit = "advogado", UnitPrice = 49.90m,
            Synonyms = ["intimações", "intimacoes", "publicações", "publicacao", "recorte"], Description = "Leitura diária de intimações e publicações por advogado (OAB)." },
        new() { Code = "pesquisa", Name = "Pesquisa", Unit = "pesquisa", UnitPrice = 15.00m,
            Synonyms = ["pesquisas", "busca de publicações", "pesquisa avulsa"], Description = "Pesquisa retroativa de publicações." },
        new() { Code = "acompanhamento", Name = "Acompanhamento de processos", Unit = "processo", UnitPrice = 3.50m,
            Synonyms = ["processos", "monitoramento de processos", "andamentos", "movimentação processual"], Description = "Acompanhamento de andamentos processuais por processo." },
        new() { Code = "estado", Name = "Estado extra", Unit = "estado", UnitPrice = 29.90m,
            Synonyms = ["estados", "estados extras", "UF adicional", "tribunal de outro estado"], Description = "Cobertura de diários de mais um estado." },
        new() { Code = "beneficiario", Name = "Beneficiário", Unit = "beneficiário", UnitPlural = "beneficiários", UnitPrice = 19.90m,
            Synonyms = ["beneficiários", "beneficiarios", "usuário adicional"], Description = "Usuário adicional que recebe as intimações." },
    ];
}
