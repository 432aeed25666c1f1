using System.Linq.Expressions;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// Who sees which conversation (docs/console-api.md): an agent sees those offered to them, held by them, or
/// queued for their team; supervisors and managers see all. Every console endpoint and the hub's Watch
/// use this one check, so the API and the live feed can never disagree.
/// </summary>
public static class ConsoleAccess
{
    public static bool CanSee(SignedInUser user, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(conversation);
        return user.SeesAllTeams
            || (user.AgentId is { } me && conversation.HolderAgentId == me
                && conversation.Holder is ConversationHolder.Offered or ConversationHolder.Agent)
            || (user.Team is { } team && conversation.Holder == ConversationHolder.Queued && conversation.HolderTeam == team.ToWire());
    }

    /// <summary>The same rule as a query filter (translated to SQL).</summary>
    public static Expression<Func<Conversation, bool>> Visible(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.SeesAllTeams)
        {
            return c => true;
        }

        var me = user.AgentId;
        var team = user.Team?.ToWire();
        return c => (me != null && c.HolderAgentId == me && (c.Holder == ConversationHolder.Offered || c.Holder == ConversationHolder.Agent))
            || (team != null && c.Holder == ConversationHolder.Queued && c.HolderTeam == team);
    }

    /// <summary>The conversation when it exists and <paramref name="user"/> may see it; else the 404 or 403 to answer.</summary>
    public static async Task<(Conversation? Conversation, IResult? Error)> FindVisibleAsync(ContactCentreDbContext db, SignedInUser user, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return (null, ConsoleProblems.NotFound($"Conversation {conversationId} does not exist."));
        }

        return CanSee(user, conversation)
            ? (conversation, null)
            : (null, ApiProblems.Forbidden($"Conversation {conversationId} is not offered to you, held by you or queued for your team."));
    }

    /// <summary>The signed-in user of a console request (the Agent policy guarantees one).</summary>
    public static SignedInUser Current(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return SignedInUser.From(http.User) ?? throw new InvalidOperationException("The console endpoints require the Agent policy.");
    }
}
