using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R5 Schedule validity: a schedule counts for routing only while today is on or before its due
/// date and its term fits its tag (venda-com-contato ≤ 6 business days, sem-contato ≤ 2), a term
/// over 7 calendar days needs a manager's validation, and onboarding/suporte never count.
/// </summary>
public static class R05ScheduleValidity
{
    public static ScheduleAssessment Assess(Schedule schedule, BusinessCalendar calendar, RoutingParameters parameters, DateTimeOffset now)
    {
        var businessDays = calendar.BusinessDaysAfter(schedule.Created, schedule.Due);
        var calendarDays = calendar.CalendarDaysBetween(schedule.Created, schedule.Due);
        ScheduleAssessment Verdict(ScheduleStanding standing, string why) => new(schedule, standing, businessDays, calendarDays, why);

        if (schedule.IsRemoved)
        {
            return Verdict(ScheduleStanding.Removed, $"agendamento {schedule.Id} foi retirado");
        }

        if (!schedule.Tag.IsSalesTag())
        {
            return Verdict(ScheduleStanding.NotForSales, $"agendamento {schedule.Id} é #{schedule.Tag.ToWire()}, que não conta para vendas");
        }

        var limit = schedule.Tag == ScheduleTag.SaleWithContact
            ? parameters.SaleWithContactMaxBusinessDays
            : parameters.WithoutContactMaxBusinessDays;
        if (schedule.Due < schedule.Created || businessDays > limit)
        {
            return Verdict(ScheduleStanding.BeyondBusinessDayLimit,
                $"agendamento {schedule.Id} vence {businessDays} dias úteis após a criação; #{schedule.Tag.ToWire()} permite no máximo {limit}");
        }

        if (calendarDays > parameters.ValidationBeyondCalendarDays && !schedule.Validated)
        {
            return Verdict(ScheduleStanding.NeedsValidation,
                $"agendamento {schedule.Id} vence {calendarDays} dias corridos após a criação e não foi validado pelo gestor");
        }

        if (calendar.DateOf(now) > schedule.Due)
        {
            return Verdict(ScheduleStanding.Expired, $"agendamento {schedule.Id} venceu em {Br.Date(schedule.Due)}");
        }

        return Verdict(ScheduleStanding.Counts, $"agendamento {schedule.Id} (#{schedule.Tag.ToWire()}) vale até {Br.Date(schedule.Due)}");
    }

    /// <summary>Schedules that break R5's limits, for the managers' list.</summary>
    public static IEnumerable<ScheduleAssessment> OutOfRule(IEnumerable<Schedule> schedules, BusinessCalendar calendar, RoutingParameters parameters, DateTimeOffset now) =>
        schedules.Select(s => Assess(s, calendar, parameters, now)).Where(a => a.OutOfRule);
}
