namespace ContactCentre.Domain.Scheduling;

/// <summary>The tags' names as the agreement writes them.</summary>
public static class ScheduleTags
{
    private static readonly Dictionary<ScheduleTag, string> Names = new()
    {
        [ScheduleTag.SaleWithContact] = "venda-com-contato",
        [ScheduleTag.SaleWithoutContact] = "venda-sem-contato",
        [ScheduleTag.DealingWithoutContact] = "tratativa-sem-contato",
        [ScheduleTag.Onboarding] = "onboarding",
        [ScheduleTag.Support] = "suporte",
    };

    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToWire(this ScheduleTag tag) => Names[tag];

    public static bool TryParse(string? text, out ScheduleTag tag)
    {
        foreach (var (key, name) in Names)
        {
            if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                tag = key;
                return true;
            }
        }

        tag = default;
        return false;
    }

    /// <summary>Tags that may take part in sales routing at all (R5: onboarding and suporte never do).</summary>
    public static bool IsSalesTag(this ScheduleTag tag) =>
        tag is ScheduleTag.SaleWithContact or ScheduleTag.SaleWithoutContact or ScheduleTag.DealingWithoutContact;
}
