using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// Schedules as people change them from the console: create and renew within R5 (limits from the rule parameters;
/// beyond 7 calendar days only a manager), remove (never deleted, R10's way: who, when, why). Every change is also a
/// <see cref="ScheduleChange"/> row, so the record shows who did what and when.
/// </summary>
public sealed class ScheduleBook(StoreFactory stores, RoutingSettings routing, TimeProvider clock, CustomerPanel panel)
{
    public async Task<PanelResult<ScheduleView>> CreateAsync(string customerId, ScheduleRequest request, PanelActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (!ScheduleTags.TryParse(request.Tag, out var tag))
        {
            return PanelResult<ScheduleView>.Fail(400, $"Etiqueta '{request.Tag}' desconhecida; use uma de: {string.Join(", ", ScheduleTags.All)}.", "tag");
        }

        await using var db = stores.Create();
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return PanelResult<ScheduleView>.Fail(404, $"Cliente {customerId} não existe.");
        }

        if (request.ProductCode is { Length: > 0 } code && !await db.Products.AnyAsync(p => p.Code == code, cancellationToken))
        {
            return PanelResult<ScheduleView>.Fail(400, $"Produto '{code}' não está na tabela de preços.", "productCode");
        }

        var owner = await OwnerAsync(db, request.Owner, actor, cancellationToken);
        if (owner is null)
        {
            return PanelResult<ScheduleView>.Fail(400, $"Responsável '{request.Owner}' não é um atendente ativo nem uma equipe (sales, support, central).", "owner");
        }

        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        var today = calendar.DateOf(now);
        var due = request.Due ?? ScheduleTerms.DefaultDue(tag, today, calendar, routing.Parameters);
        var verdict = ScheduleTerms.CheckNew(tag, today, due, actor.IsManager, calendar, routing.Parameters);
        if (!verdict.Allowed)
        {
            return PanelResult<ScheduleView>.Fail(400, verdict.Message, verdict.Limit);
        }

        var schedule = new Schedule
        {
            Id = "s-" + Guid.NewGuid().ToString("N")[..12],
            CustomerId = customerId,
            Owner = owner,
            Tag = tag,
            ProductCode = request.ProductCode is { Length: > 0 } p ? p : null,
            Created = today,
            Due = due,
            Validated = verdict.Validated,
            ValidatedBy = verdict.Validated ? actor.By : null,
            Note = request.Note,
            ConversationId = request.ConversationId,
        };
        db.Schedules.Add(schedule);
        var change = Record(db, schedule, "created", actor, now, $"#{tag.ToWire()} {schedule.ProductCode ?? "(sem produto)"} para {owner}, vence {Domain.Routing.Br.Date(due)}. {verdict.Message}");
        await db.SaveChangesAsync(cancellationToken);
        return PanelResult<ScheduleView>.Done(await ViewAsync(db, schedule, [change], calendar, now, cancellationToken), 201);
    }

    public async Task<PanelResult<ScheduleView>> RenewAsync(string scheduleId, DateOnly? newDue, PanelActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = stores.Create();
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null)
        {
            return PanelResult<ScheduleView>.Fail(404, $"Agendamento {scheduleId} não existe.");
        }

        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        var due = newDue ?? ScheduleTerms.DefaultRenewalDue(schedule, calendar, routing.Parameters);
        var verdict = ScheduleTerms.CheckRenewal(schedule, due, actor.IsManager, calendar.DateOf(now), calendar, routing.Parameters);
        if (!verdict.Allowed)
        {
            return PanelResult<ScheduleView>.Fail(verdict.Limit == "removed" ? 409 : 400, verdict.Message, verdict.Limit);
        }

        var previous = schedule.Due;
        schedule.Due = due;
        if (verdict.Validated)
        {
            schedule.Validated = true;
            schedule.ValidatedBy = actor.By;
        }

        Record(db, schedule, "renewed", actor, now, $"vencimento {Domain.Routing.Br.Date(previous)} → {Domain.Routing.Br.Date(due)}. {verdict.Message}");
        await db.SaveChangesAsync(cancellationToken);
        return PanelResult<ScheduleView>.Done(await ViewAsync(db, schedule, null, calendar, now, cancellationToken));
    }

    public async Task<PanelResult<ScheduleView>> RemoveAsync(string scheduleId, string? reason, PanelActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = stores.Create();
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null)
        {
            return PanelResult<ScheduleView>.Fail(404, $"Agendamento {scheduleId} não existe.");
        }

        if (schedule.IsRemoved)
        {
            return PanelResult<ScheduleView>.Fail(409, $"Agendamento {scheduleId} já foi retirado por {schedule.RemovedBy} ({schedule.RemovedReason}).");
        }

        var now = clock.GetUtcNow();
        var why = string.IsNullOrWhiteSpace(reason) ? "retirado pelo atendente" : reason.Trim();
        schedule.Remove(actor.By, why, now);
        Record(db, schedule, "removed", actor, now, why);
        await db.SaveChangesAsync(cancellationToken);
        return PanelResult<ScheduleView>.Done(await ViewAsync(db, schedule, null, routing.CalendarAt(now), now, cancellationToken));
    }

    /// <summary>The customer a schedule belongs to (for the visibility check before acting on it).</summary>
    public async Task<string?> CustomerOfAsync(string scheduleId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.Schedules.AsNoTracking().Where(s => s.Id == scheduleId).Select(s => s.CustomerId).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<ScheduleOwner?> OwnerAsync(ContactCentreDbContext db, string? owner, PanelActor actor, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(owner) ? actor.AgentId : owner.Trim();
        if (wanted is null)
        {
            return null;
        }

        if (WireNames.TryParseTeam(wanted, out var team))
        {
            return ScheduleOwner.OfTeam(team);
        }

        return await db.Agents.AnyAsync(a => a.Id == wanted && a.Active, cancellationToken) ? ScheduleOwner.OfAgent(wanted) : null;
    }

    private static ScheduleChange Record(ContactCentreDbContext db, Schedule schedule, string action, PanelActor actor, DateTimeOffset now, string details)
    {
        var change = new ScheduleChange
        {
            Id = Guid.NewGuid(),
            ScheduleId = schedule.Id,
            CustomerId = schedule.CustomerId,
            Action = action,
            By = actor.By,
            At = now,
            Details = details.Length > 1000 ? details[..1000] : details,
        };
        db.ScheduleChanges.Add(change);
        return change;
    }

    private async Task<ScheduleView> ViewAsync(ContactCentreDbContext db, Schedule schedule, IReadOnlyList<ScheduleChange>? changes, Domain.Routing.BusinessCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        changes ??= [.. (await db.ScheduleChanges.AsNoTracking().Where(c => c.ScheduleId == schedule.Id).ToListAsync(cancellationToken)).OrderBy(c => c.At)];
        var agents = await db.Agents.AsNoTracking().ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, cancellationToken);
        return panel.Schedule(schedule, changes, agents, calendar, now);
    }
}
