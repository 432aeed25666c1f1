using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// Who may read and act on what from the panel (docs/console-api.md): a conversation is visible to the agent it is offered
/// to or held by and to its queue's team; supervisors and managers see everything. A customer's record is open to an agent
/// who can see one of the customer's open conversations, owns one of their live schedules, or is their responsible salesperson.
/// </summary>
public static class PanelAccess
{
    public static async Task<bool> CanSeeCustomerAsync(ContactCentreDbContext db, SignedInUser user, string customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.SeesAllTeams)
        {
            return true;
        }

        var me = user.AgentId;
        var team = user.Team?.ToWire();
        if (me is not null && await db.Customers.AnyAsync(c => c.Id == customerId && c.OwnerAgentId == me, cancellationToken))
        {
            return true;
        }

        if (me is not null && await db.Schedules.AnyAsync(s => s.CustomerId == customerId && s.RemovedAt == null && s.Owner.AgentId == me, cancellationToken))
        {
            return true;
        }

        return await db.Conversations.AnyAsync(c => c.CustomerId == customerId && c.ClosedAt == null
            && ((me != null && c.HolderAgentId == me && (c.Holder == ConversationHolder.Offered || c.Holder == ConversationHolder.Agent))
                || (team != null && c.Holder == ConversationHolder.Queued && c.HolderTeam == team)), cancellationToken);
    }
}
