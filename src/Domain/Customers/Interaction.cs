namespace ContactCentre.Domain.Customers;

/// <summary>
/// One entry of the record's history (movimentação, R1). Created at the conversation's first
/// turn, not at its end, with a link to the live transcript, and updated as it goes on.
/// </summary>
public sealed class Interaction
{
    public required Guid Id { get; init; }
    public required string CustomerId { get; init; }
    public string? ConversationId { get; init; }
    public required string Channel { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public InteractionReason Reason { get; set; }
    public string Summary { get; set; } = "";
    public string? TranscriptLink { get; set; }

    /// <summary>"bot" or the agent id of whoever attended last.</summary>
    public string AttendedBy { get; set; } = "bot";

    /// <summary>False when the customer stopped answering: R1 logs incomplete contacts too, saying so.</summary>
    public bool Completed { get; set; } = true;

    public void Update(InteractionReason reason, string summary, string attendedBy, DateTimeOffset now)
    {
        Reason = reason;
        Summary = summary;
        AttendedBy = attendedBy;
        UpdatedAt = now;
    }

    public void MarkNoAnswer(DateTimeOffset now)
    {
        Completed = false;
        Summary = string.IsNullOrEmpty(Summary) ? "Contato sem resposta do cliente." : Summary + " — cliente não respondeu.";
        UpdatedAt = now;
    }
}
