using System.Collections.Concurrent;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// Turns committed changes (<see cref="ConversationEvents"/>, published after commit) into hub events:
/// <c>queueChanged</c> to the holder, the team queue, the previous holder and supervisors;
/// <c>conversationChanged</c> and <c>transcriptAppended</c> to the conversation's watchers; <c>agentChanged</c>
/// when a load or status moves; <c>supervisorChanged</c> to supervisors. With the Redis backplane the hub
/// context reaches connections on every node.
/// </summary>
public sealed class ConsoleBroadcaster(
    IHubContext<ConsoleHub> hub,
    StoreFactory stores,
    ConsoleReadModel read,
    ConversationEvents events,
    TimeProvider clock,
    ILogger<ConsoleBroadcaster> logger) : IHostedService
{
    /// <summary>A conversation back with the bot still updates queues this long after the move (closed, returned).</summary>
    private static readonly TimeSpan RecentMove = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, int> _lastSentSequence = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = events.Subscribe(change => OnChangedAsync(change, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public async Task AgentChangedAsync(string agentId, Team team, AgentStatus status, int load, CancellationToken cancellationToken)
    {
        var payload = new { agentId, team = team.ToWire(), status = status.ToWire(), load };
        await hub.Clients.Groups(ConsoleGroups.Agent(agentId), ConsoleGroups.Supervisors).SendAsync("agentChanged", payload, cancellationToken);
        await hub.Clients.Group(ConsoleGroups.Supervisors).SendAsync("supervisorChanged", cancellationToken);
    }

    private async Task OnChangedAsync(ConversationChanged change, CancellationToken cancellationToken)
    {
        try
        {
            await BroadcastAsync(change.ConversationId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed broadcast must not be silent: consoles fall back to polling the REST API on reconnect.
            logger.LogWarning(e, "Console broadcast for conversation {ConversationId} failed.", change.ConversationId);
        }
    }

    private async Task BroadcastAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return;
        }

        var lastMove = await db.HandoffTransitions.AsNoTracking().Where(t => t.ConversationId == conversationId)
            .OrderByDescending(t => t.At).FirstOrDefaultAsync(cancellationToken);
        var withAgents = conversation.Holder is ConversationHolder.Offered or ConversationHolder.Queued or ConversationHolder.Agent;
        var justMoved = lastMove is not null && clock.GetUtcNow() - lastMove.At < RecentMove;
        if (withAgents || justMoved)
        {
            var summary = (await read.SummariesAsync(db, [conversation], cancellationToken))[0];
            var groups = QueueGroups(conversation, lastMove?.From);
            await hub.Clients.Groups(groups).SendAsync("queueChanged", summary, cancellationToken);
            await hub.Clients.Group(ConsoleGroups.Supervisors).SendAsync("supervisorChanged", cancellationToken);
            foreach (var agentId in AgentsTouched(conversation, lastMove?.From))
            {
                await AgentLoadChangedAsync(db, agentId, cancellationToken);
            }
        }

        var watchers = hub.Clients.Group(ConsoleGroups.Conversation(conversationId));
        await watchers.SendAsync("conversationChanged", await read.DetailAsync(db, conversation, cancellationToken), cancellationToken);
        foreach (var entry in await NewLinesAsync(db, conversation, cancellationToken))
        {
            await watchers.SendAsync("transcriptAppended", new { conversationId, entry }, cancellationToken);
        }
    }

    /// <summary>Lines not yet broadcast by this node; the first time, the lines of the latest turn (they share its time).</summary>
    private async Task<List<TranscriptLine>> NewLinesAsync(ContactCentreDbContext db, Conversation conversation, CancellationToken cancellationToken)
    {
        var known = _lastSentSequence.TryGetValue(conversation.Id, out var last);
        var lines = await read.TranscriptAsync(db, conversation, known ? last : Math.Max(0, conversation.TranscriptCount - 50), cancellationToken);
        if (!known && lines.Count > 0)
        {
            var latest = lines.Max(l => l.At);
            lines = [.. lines.Where(l => l.At == latest)];
        }

        if (lines.Count > 0)
        {
            _lastSentSequence.AddOrUpdate(conversation.Id, lines[^1].Seq, (_, previous) => Math.Max(previous, lines[^1].Seq));
        }

        if (!conversation.IsOpen)
        {
            _lastSentSequence.TryRemove(conversation.Id, out _);
        }

        return lines;
    }

    private static List<string> QueueGroups(Conversation conversation, string? previousHolder)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal) { ConsoleGroups.Supervisors };
        if (conversation.HolderAgentId is { } agentId)
        {
            groups.Add(ConsoleGroups.Agent(agentId));
        }

        if (conversation.HolderTeam is { } team)
        {
            groups.Add(ConsoleGroups.Team(team));
        }

        // The agent or queue it just left must drop it (declined, lapsed, taken, transferred, closed).
        switch (previousHolder?.Split(':', 2))
        {
            case ["offered" or "agent", var agent]:
                groups.Add(ConsoleGroups.Agent(agent));
                break;
            case ["queue", var queue]:
                groups.Add(ConsoleGroups.Team(queue));
                break;
        }

        return [.. groups];
    }

    private static IEnumerable<string> AgentsTouched(Conversation conversation, string? previousHolder)
    {
        var agents = new HashSet<string>(StringComparer.Ordinal);
        if (conversation.HolderAgentId is { } agentId)
        {
            agents.Add(agentId);
        }

        if (previousHolder?.Split(':', 2) is ["offered" or "agent", var previous])
        {
            agents.Add(previous);
        }

        return agents;
    }

    private async Task AgentLoadChangedAsync(ContactCentreDbContext db, string agentId, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken);
        if (agent is not null)
        {
            await AgentChangedAsync(agent.Id, agent.Team, agent.Status, await ConsoleReadModel.LoadAsync(db, agent.Id, cancellationToken), cancellationToken);
        }
    }
}
