namespace ContactCentre.Bot.AgentConsole;

/// <summary>A conversation in a queue list (docs/console-api.md <c>ConvSummary</c>).</summary>
public sealed record ConvSummary(
    string Id,
    string Channel,
    string? CustomerName,
    string? CustomerId,
    string Holder,
    string? HolderAgentId,
    string? Team,
    string? Reason,
    IReadOnlyList<string> RuleIds,
    string? Explanation,
    DateTimeOffset? WaitingSince,
    DateTimeOffset? OfferDeadline,
    string? LastText);

/// <summary>A routing decision as the agent sees it: which rule sent the customer here and why.</summary>
public sealed record DecisionView(DateTimeOffset At, string Target, string Reason, IReadOnlyList<string> RuleIds, string Explanation);

/// <summary>A handoff transition: who moved the conversation, from where to where, and why.</summary>
public sealed record TransitionView(DateTimeOffset At, string From, string To, string By, string Why);

/// <summary>The summary plus its decisions and transitions (docs/console-api.md <c>ConvDetail</c>).</summary>
public sealed record ConvDetail(
    string Id,
    string Channel,
    string? CustomerName,
    string? CustomerId,
    string Holder,
    string? HolderAgentId,
    string? Team,
    string? Reason,
    IReadOnlyList<string> RuleIds,
    string? Explanation,
    DateTimeOffset? WaitingSince,
    DateTimeOffset? OfferDeadline,
    string? LastText,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<TransitionView> Transitions,
    bool Open)
{
    public static ConvDetail From(ConvSummary s, IReadOnlyList<DecisionView> decisions, IReadOnlyList<TransitionView> transitions, bool open)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Channel, s.CustomerName, s.CustomerId, s.Holder, s.HolderAgentId, s.Team, s.Reason, s.RuleIds, s.Explanation,
            s.WaitingSince, s.OfferDeadline, s.LastText, decisions, transitions, open);
    }
}

/// <summary>An attachment of a transcript line, as a URL the console can open.</summary>
public sealed record AttachmentView(string? Name, string? Url, string? ContentType);

/// <summary>One transcript line (customer, bot, agent, event or internal note); <c>Status</c> is the delivery state of outbound lines.</summary>
public sealed record TranscriptLine(
    int Seq,
    string Kind,
    string Sender,
    string SenderName,
    string? Text,
    DateTimeOffset At,
    IReadOnlyList<AttachmentView> Attachments,
    string? Status);

/// <summary>GET /api/console/queue.</summary>
public sealed record QueueView(IReadOnlyList<ConvSummary> Offers, IReadOnlyList<ConvSummary> Queued, IReadOnlyList<ConvSummary> Mine);

/// <summary>GET /api/console/me: the agent record (nulls for a supervisor or manager without one).</summary>
public sealed record AgentView(string? AgentId, string Name, string? Team, string? Status, int Load, int Cap, string Role);
