namespace ContactCentre.Domain.Customers;

/// <summary>The kind of Brazilian taxpayer registration number a <see cref="TaxDocument"/> holds.</summary>
public enum TaxDocumentKind
{
    /// <summary>Cadastro de Pessoas Físicas: an individual, 11 digits.</summary>
    Cpf,

    /// <summary>Cadastro Nacional da Pessoa Jurídica: a company, 14 digits.</summary>
    Cnpj,
}
