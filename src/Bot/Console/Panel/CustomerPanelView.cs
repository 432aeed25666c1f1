namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>The side panel (<c>GET /api/console/conversations/{id}/customer</c>): the record and everything an agent needs to close.</summary>
public sealed record CustomerPanelView(
    CustomerView Customer,
    IReadOnlyList<ContactView> Contacts,
    IReadOnlyList<InvoiceView> OpenInvoices,
    IReadOnlyList<ScheduleView> Schedules,
    IReadOnlyList<InteractionView> Interactions,
    IReadOnlyList<SaleView> Sales,
    IReadOnlyList<ComplaintView> Complaints,
    IReadOnlyList<ProductView> Products);

public sealed record CustomerView(string Id, string Name, string Status, AgentRef? Owner, bool Campaign, decimal? CampaignDiscountPercent,
    bool OptedOut, bool Prospect, InactivationView? Inactivation);

public sealed record AgentRef(string AgentId, string Name, string Status, string Team);

public sealed record InactivationView(string Kind, string? By, DateTimeOffset At);

public sealed record ContactView(string Kind, string Value);

/// <summary>An open boleto with every way to pay it (R2).</summary>
public sealed record InvoiceView(string Number, decimal Amount, string AmountText, DateOnly Due, bool Overdue, string? PaymentLine, string? PixCode, string? SecondCopyUrl);

/// <summary>A schedule with R5's verdict on it today, and its audit trail.</summary>
public sealed record ScheduleView(string Id, string Tag, string? ProductCode, string Owner, string? OwnerName, DateOnly Created, DateOnly Due,
    bool Validated, string? Note, string? ConversationId, string Standing, bool Counts, string Why, bool CanRenew, int BusinessDays,
    RemovalView? Removed, IReadOnlyList<ScheduleChangeView> Changes);

public sealed record RemovalView(DateTimeOffset At, string? By, string? Reason);

public sealed record ScheduleChangeView(string Action, string By, DateTimeOffset At, string Details);

/// <summary>R1's history: one line per contact, with the transcript's link.</summary>
public sealed record InteractionView(Guid Id, string? ConversationId, string Channel, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, string Reason,
    string Summary, string AttendedBy, bool Completed, string? TranscriptLink);

public sealed record SaleView(Guid Id, string ProductCode, decimal Quantity, decimal Amount, string ClosedBy, string CommissionBeneficiary, string CommissionRule, DateTimeOffset At);

public sealed record ComplaintView(string Protocol, string Text, string Status, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt, int ReopenCount);

/// <summary>The price list, for the sale and quote forms.</summary>
public sealed record ProductView(string Code, string Name, string Unit, decimal UnitPrice, string UnitPriceText);
