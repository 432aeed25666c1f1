using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R9 Another product: a customer who wants a product other than the one on an existing schedule is
/// sold to by whoever attends (the bot included); the existing schedule stays with its owner, unchanged.
/// </summary>
public static class R09AnotherProduct
{
    internal static void Apply(DecisionBuilder decision, IEnumerable<ScheduleAssessment> assessments, string? productCode)
    {
        if (productCode is null)
        {
            return;
        }

        var others = assessments
            .Where(a => a.Counts && a.Schedule.Tag == ScheduleTag.SaleWithContact && !R06ScheduleOwnerFirst.IsFor(a.Schedule, productCode))
            .ToList();
        if (others.Count == 0)
        {
            return;
        }

        decision.Fact("otherProductSchedules", string.Join(",", others.Select(a => a.Schedule.Id)));
        decision.Rule(RuleIds.R9,
            $"o agendamento {string.Join(", ", others.Select(a => $"{a.Schedule.Id} ({a.Schedule.ProductCode})"))} é de outro produto e continua com {string.Join(", ", others.Select(a => a.Schedule.Owner.ToString()))}");
    }
}
