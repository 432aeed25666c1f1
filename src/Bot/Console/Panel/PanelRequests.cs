namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary><c>POST …/{id}/sale</c>.</summary>
public sealed record SaleRequest(string? ProductCode, decimal Quantity);

/// <summary><c>POST …/{id}/quote</c>.</summary>
public sealed record QuoteRequest(IReadOnlyList<QuoteItemInput>? Items);

/// <summary><c>POST …/{id}/transfer</c>: an agent (an offer to them) or a team (its queue), and why.</summary>
public sealed record TransferRequest(string? AgentId, string? Team, string? Reason = null);

/// <summary><c>POST …/{id}/notes</c>.</summary>
public sealed record NoteRequest(string? Text);

/// <summary><c>POST /api/console/schedules/{sid}/renew</c>: the new due date (default: the longest R5 allows).</summary>
public sealed record RenewRequest(DateOnly? Due);
