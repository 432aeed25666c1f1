using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Demo;

/// <summary>The price list of a legal-publications SaaS: every unit the seeds name, with synonyms in pt-BR, pt-PT and English.</summary>
internal static class DemoCatalogue
{
    public static List<Product> All() =>
    [
        new() { Code = "intimacao", Name = "Intimação", Unit = "advogado", UnitPrice = 49.90m,
            Synonyms = ["intimações", "intimacoes", "publicações", "publicacao", "recorte",
                "court notices", "notices", "notice", "lawyer", "lawyers", "attorney", "attorneys", "publications"], Description = "Leitura diária de intimações e publicações por advogado (OAB)." },
        new() { Code = "pesquisa", Name = "Pesquisa", Unit = "pesquisa", UnitPrice = 15.00m,
            Synonyms = ["pesquisas", "busca de publicações", "pesquisa avulsa", "search", "searches", "publication search", "retroactive search"], Description = "Pesquisa retroativa de publicações." },
        new() { Code = "acompanhamento", Name = "Acompanhamento de processos", Unit = "processo", UnitPrice = 3.50m,
            Synonyms = ["processos", "monitoramento de processos", "andamentos", "movimentação processual", "case tracking", "case monitoring", "cases", "lawsuits"], Description = "Acompanhamento de andamentos processuais por processo." },
        new() { Code = "estado", Name = "Estado extra", Unit = "estado", UnitPrice = 29.90m,
            Synonyms = ["estados", "estados extras", "UF adicional", "tribunal de outro estado", "extra state", "extra states", "additional state", "state", "states"], Description = "Cobertura de diários de mais um estado." },
        new() { Code = "beneficiario", Name = "Beneficiário", Unit = "beneficiário", UnitPlural = "beneficiários", UnitPrice = 19.90m,
            Synonyms = ["beneficiários", "beneficiarios", "usuário adicional", "utilizador adicional", "utilizadores",
                "beneficiary", "beneficiaries", "extra user", "additional user", "users"], Description = "Usuário adicional que recebe as intimações." },
    ];
}
