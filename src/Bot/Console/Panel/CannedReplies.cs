using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// The canned replies (respostas prontas): agents list them (their team's and everyone's) to fill the composer;
/// managers add, edit and remove them (the studio calls these same methods).
/// </summary>
public sealed class CannedReplies(StoreFactory stores, TimeProvider clock)
{
    public const int MaxTitle = 120;
    public const int MaxText = 4000;

    public async Task<IReadOnlyList<CannedReplyView>> ListAsync(string? team, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var rows = await db.CannedReplies.AsNoTracking()
            .Where(r => team == null || r.Team == null || r.Team == team)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Order).ThenBy(r => r.Title, StringComparer.CurrentCulture).Select(View)];
    }

    public async Task<PanelResult<CannedReplyView>> SaveAsync(Guid? id, CannedReplyInput input, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Invalid(input) is { } problem)
        {
            return PanelResult<CannedReplyView>.Fail(400, problem);
        }

        await using var db = stores.Create();
        CannedReply? reply;
        if (id is { } existing)
        {
            reply = await db.CannedReplies.FirstOrDefaultAsync(r => r.Id == existing, cancellationToken);
            if (reply is null)
            {
                return PanelResult<CannedReplyView>.Fail(404, $"Resposta pronta {existing} não existe.");
            }
        }
        else
        {
            reply = new CannedReply { Id = Guid.NewGuid(), Title = "", Text = "" };
            db.CannedReplies.Add(reply);
        }

        reply.Title = input.Title!.Trim();
        reply.Text = input.Text!.Trim();
        reply.Team = string.IsNullOrWhiteSpace(input.Team) ? null : input.Team.Trim().ToLowerInvariant();
        reply.Order = input.Order ?? reply.Order;
        reply.UpdatedAt = clock.GetUtcNow();
        reply.UpdatedBy = by;
        await db.SaveChangesAsync(cancellationToken);
        return PanelResult<CannedReplyView>.Done(View(reply), id is null ? 201 : 200);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.CannedReplies.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static string? Invalid(CannedReplyInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > MaxTitle)
        {
            return $"O título é obrigatório e tem no máximo {MaxTitle} caracteres.";
        }

        if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Trim().Length > MaxText)
        {
            return $"O texto é obrigatório e tem no máximo {MaxText} caracteres.";
        }

        return input.Team is { Length: > 0 } team && !Domain.Agents.WireNames.TryParseTeam(team, out _)
            ? $"Equipe '{team}' desconhecida (sales, support, central ou vazio para todas)."
            : null;
    }

    private static CannedReplyView View(CannedReply r) => new(r.Id, r.Title, r.Text, r.Team);
}
