namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>The closed value sets of the scenario contract (all lower case).</summary>
public static class ScenarioVocabulary
{
    /// <summary>Agent teams; also valid as a schedule owner.</summary>
    public static IReadOnlyList<string> Teams { get; } = ["sales", "support", "central"];

    /// <summary>Agent statuses.</summary>
    public static IReadOnlyList<string> AgentStatuses { get; } = ["available", "busy", "absent", "vacation", "offline"];

    /// <summary>Customer statuses.</summary>
    public static IReadOnlyList<string> CustomerStatuses { get; } = ["active", "inactive"];

    /// <summary>Inactivation kinds.</summary>
    public static IReadOnlyList<string> InactivationKinds { get; } = ["manual", "automatic"];

    /// <summary>Invoice statuses.</summary>
    public static IReadOnlyList<string> InvoiceStatuses { get; } = ["open", "paid"];

    /// <summary>Schedule tags.</summary>
    public static IReadOnlyList<string> ScheduleTags { get; } =
        ["venda-com-contato", "venda-sem-contato", "tratativa-sem-contato", "onboarding", "suporte"];

    /// <summary>Customer channels.</summary>
    public static IReadOnlyList<string> Channels { get; } = ["webchat", "whatsapp", "email", "telegram"];
}
