namespace ContactCentre.Domain.Scheduling;

/// <summary>Exactly the five schedule tags of the agreement.</summary>
public enum ScheduleTag
{
    /// <summary>venda-com-contato: quote sent, talking with the customer.</summary>
    SaleWithContact,

    /// <summary>venda-sem-contato: could not reach anyone.</summary>
    SaleWithoutContact,

    /// <summary>tratativa-sem-contato.</summary>
    DealingWithoutContact,

    Onboarding,
    Support,
}
