using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>R10 Sale closes the schedule: a completed sale removes the sales schedules for that product, recording who removed them.</summary>
public static class R10SaleClosesSchedule
{
    public static IReadOnlyList<Schedule> Apply(IEnumerable<Schedule> schedules, string productCode, string removedBy, DateTimeOffset now)
    {
        var removed = schedules
            .Where(s => !s.IsRemoved && s.Tag.IsSalesTag()
                && string.Equals(s.ProductCode, productCode, StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var schedule in removed)
        {
            schedule.Remove(removedBy, $"{RuleIds.R10}: venda de {productCode} concluída", now);
        }

        return removed;
    }
}
