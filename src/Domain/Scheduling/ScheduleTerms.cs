using ContactCentre.Domain.Routing;

namespace ContactCentre.Domain.Scheduling;

/// <summary>
/// R5's limits applied when a person creates or renews a schedule, so what the console writes is a schedule
/// that counts for routing: venda-com-contato is due at most 2 business days after creation and may be renewed
/// once, up to 6 (2 + 4); venda/tratativa-sem-contato at most 2 and never renewed; a term over 7 calendar days
/// needs a manager (a manager's own schedule is validated by writing it). onboarding and suporte never count for
/// sales routing, so only the 7-day validation applies to them. Every number comes from <see cref="RoutingParameters"/>.
/// </summary>
public static class ScheduleTerms
{
    /// <summary>The due date a new schedule gets when the agent names none: the longest its tag allows at creation.</summary>
    public static DateOnly DefaultDue(ScheduleTag tag, DateOnly created, BusinessCalendar calendar, RoutingParameters parameters) =>
        calendar.AddBusinessDays(created, tag switch
        {
            ScheduleTag.SaleWithContact => parameters.SaleWithContactBusinessDays,
            _ => parameters.WithoutContactMaxBusinessDays,
        });

    /// <summary>The due date a renewal gets when the agent names none: the longest R5 allows (created + 6 business days).</summary>
    public static DateOnly DefaultRenewalDue(Schedule schedule, BusinessCalendar calendar, RoutingParameters parameters) =>
        calendar.AddBusinessDays(schedule.Created, parameters.SaleWithContactMaxBusinessDays);

    public static ScheduleTermVerdict CheckNew(ScheduleTag tag, DateOnly created, DateOnly due, bool byManager, BusinessCalendar calendar, RoutingParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(parameters);
        if (due < created)
        {
            return ScheduleTermVerdict.Refuse("due", $"R5: o vencimento {Br.Date(due)} é anterior à criação ({Br.Date(created)}).");
        }

        if (tag.IsSalesTag())
        {
            var (limit, name) = tag == ScheduleTag.SaleWithContact
                ? (parameters.SaleWithContactBusinessDays, "saleWithContactBusinessDays")
                : (parameters.WithoutContactMaxBusinessDays, "withoutContactMaxBusinessDays");
            var days = calendar.BusinessDaysAfter(created, due);
            if (days > limit)
            {
                var renewal = tag == ScheduleTag.SaleWithContact ? $" (renovável uma vez até {parameters.SaleWithContactMaxBusinessDays})" : " (nunca renovado)";
                return ScheduleTermVerdict.Refuse(name,
                    $"R5: #{tag.ToWire()} vence no máximo {limit} dias úteis após a criação{renewal}; {Br.Date(due)} fica {days} dias úteis após {Br.Date(created)}.");
            }
        }

        return CheckValidation(created, due, byManager, calendar, parameters, $"#{tag.ToWire()} até {Br.Date(due)}");
    }

    public static ScheduleTermVerdict CheckRenewal(Schedule schedule, DateOnly newDue, bool byManager, DateOnly today, BusinessCalendar calendar, RoutingParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(parameters);
        if (schedule.IsRemoved)
        {
            return ScheduleTermVerdict.Refuse("removed", $"O agendamento {schedule.Id} foi retirado ({schedule.RemovedReason}); não pode ser renovado.");
        }

        if (schedule.Tag != ScheduleTag.SaleWithContact)
        {
            return ScheduleTermVerdict.Refuse("withoutContactMaxBusinessDays",
                $"R5: #{schedule.Tag.ToWire()} nunca é renovado; só #venda-com-contato pode ser renovado, uma vez.");
        }

        var current = calendar.BusinessDaysAfter(schedule.Created, schedule.Due);
        if (current > parameters.SaleWithContactBusinessDays)
        {
            return ScheduleTermVerdict.Refuse("saleWithContactMaxBusinessDays",
                $"R5: o agendamento {schedule.Id} já foi renovado (vence {current} dias úteis após a criação); a renovação é uma só.");
        }

        if (today > schedule.Due)
        {
            return ScheduleTermVerdict.Refuse("due", $"R5: o agendamento {schedule.Id} venceu em {Br.Date(schedule.Due)}; crie um novo.");
        }

        if (newDue <= schedule.Due)
        {
            return ScheduleTermVerdict.Refuse("due", $"A renovação precisa vencer depois de {Br.Date(schedule.Due)}.");
        }

        var days = calendar.BusinessDaysAfter(schedule.Created, newDue);
        if (days > parameters.SaleWithContactMaxBusinessDays)
        {
            var extra = parameters.SaleWithContactMaxBusinessDays - parameters.SaleWithContactBusinessDays;
            return ScheduleTermVerdict.Refuse("saleWithContactMaxBusinessDays",
                $"R5: #venda-com-contato renovado vence no máximo {parameters.SaleWithContactMaxBusinessDays} dias úteis após a criação ({parameters.SaleWithContactBusinessDays} + {extra}); {Br.Date(newDue)} fica {days}.");
        }

        return CheckValidation(schedule.Created, newDue, byManager, calendar, parameters, $"renovado até {Br.Date(newDue)}");
    }

    private static ScheduleTermVerdict CheckValidation(DateOnly created, DateOnly due, bool byManager, BusinessCalendar calendar, RoutingParameters parameters, string what)
    {
        var calendarDays = calendar.CalendarDaysBetween(created, due);
        if (calendarDays <= parameters.ValidationBeyondCalendarDays)
        {
            return ScheduleTermVerdict.Allow($"R5: {what} ({calendarDays} dias corridos).", validated: false);
        }

        return byManager
            ? ScheduleTermVerdict.Allow($"R5: {what}, {calendarDays} dias corridos, validado pelo gestor.", validated: true)
            : ScheduleTermVerdict.Refuse("validationBeyondCalendarDays",
                $"R5: vence {calendarDays} dias corridos após a criação; acima de {parameters.ValidationBeyondCalendarDays} só com validação do gestor.");
    }
}
