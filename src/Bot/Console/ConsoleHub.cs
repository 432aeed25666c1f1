using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// <c>/hubs/console</c>: each connection joins its agent's group, its team's group and, for supervisors and
/// managers, the supervisors' group; <see cref="Watch"/> adds a conversation's group only when
/// <see cref="ConsoleAccess.CanSee"/> allows it. Connections feed <see cref="AgentPresence"/>.
/// </summary>
[Authorize(Policy = IdentityPolicies.Agent)]
public sealed class ConsoleHub(StoreFactory stores, AgentPresence presence) : Hub
{
    public const string Path = "/hubs/console";

    public override async Task OnConnectedAsync()
    {
        var user = CurrentUser();
        if (user.AgentId is { } agentId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleGroups.Agent(agentId));
            await presence.ConnectedAsync(agentId, Context.ConnectionId, Context.ConnectionAborted);
        }

        if (user.Team is { } team)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleGroups.Team(Domain.Agents.WireNames.ToWire(team)));
        }

        if (user.SeesAllTeams)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleGroups.Supervisors);
        }

        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (SignedInUser.From(Context.User!)?.AgentId is { } agentId)
        {
            presence.Disconnected(agentId, Context.ConnectionId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Live transcript and changes of one conversation; refused (HubException) unless the user may see it.</summary>
    public async Task Watch(string conversationId)
    {
        var user = CurrentUser();
        await using var db = stores.Create();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, Context.ConnectionAborted);
        if (conversation is null)
        {
            throw new HubException($"Conversation {conversationId} does not exist.");
        }

        if (!ConsoleAccess.CanSee(user, conversation))
        {
            throw new HubException($"Conversation {conversationId} is not offered to you, held by you or queued for your team.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleGroups.Conversation(conversationId));
    }

    public Task Unwatch(string conversationId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, ConsoleGroups.Conversation(conversationId));

    private SignedInUser CurrentUser() =>
        SignedInUser.From(Context.User!) ?? throw new HubException("Sign in first.");
}
