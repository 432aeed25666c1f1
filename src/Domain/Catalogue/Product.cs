namespace ContactCentre.Domain.Catalogue;

/// <summary>A product of the price list, priced per unit (advogado, pesquisa, estado, beneficiário, processo…).</summary>
public sealed class Product
{
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>Singular unit name, e.g. "advogado".</summary>
    public required string Unit { get; set; }

    /// <summary>Plural unit name; defaults to the singular plus "s".</summary>
    public string? UnitPlural { get; set; }

    public required decimal UnitPrice { get; set; }
    public List<string> Synonyms { get; init; } = [];
    public string? Description { get; set; }
    public bool Active { get; set; } = true;

    public string UnitFor(decimal quantity) => quantity == 1 ? Unit : UnitPlural ?? PluralOf(Unit);

    // Portuguese plurals of the unit names in use: advogado→advogados, estado→estados, processo→processos,
    // pesquisa→pesquisas, beneficiário→beneficiários; "-ão" and "-l" words get their own plural set explicitly.
    private static string PluralOf(string unit) => unit.EndsWith('s') ? unit : unit + "s";
}
