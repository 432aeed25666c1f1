namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>A registered sale with R14's commission decision (who and why) and the schedules R10 removed.</summary>
public sealed record SaleOutcome(SaleView Sale, string AmountText, CommissionView Commission, IReadOnlyList<string> SchedulesRemoved);

public sealed record CommissionView(string Beneficiary, string Rule, string Why);

public sealed record QuoteItemInput(string? ProductCode, decimal Quantity);

public sealed record QuoteLineView(string ProductCode, string ProductName, string Unit, decimal Quantity, decimal UnitPrice, decimal Total);

/// <summary>The quote as stored and the text the customer received.</summary>
public sealed record QuoteOutcome(Guid Id, IReadOnlyList<QuoteLineView> Lines, decimal Total, string TotalText, string Channel, string Text);

/// <summary>Where the conversation went: <c>offered:{agent}</c> (with the offer's deadline) or <c>queue:{team}</c>.</summary>
public sealed record TransferOutcome(string ConversationId, string Holder, DateTimeOffset? OfferDeadline);

/// <summary>An internal note as a transcript line.</summary>
public sealed record NoteView(int Seq, string Kind, string Sender, string SenderName, string Text, DateTimeOffset At);
