namespace ContactCentre.Bot.Privacy;

/// <summary>
/// The audit of one erasure (LGPD art. 18 VI / GDPR art. 17): who erased which record, when, and what was
/// removed. It names the customer by id only: the personal data it proves gone is not repeated here.
/// </summary>
public sealed class ErasureRecord
{
    public required Guid Id { get; init; }
    public required string CustomerId { get; init; }
    public required DateTimeOffset ErasedAt { get; init; }

    /// <summary>The manager who asked (user id or e-mail from the sign-in).</summary>
    public required string ErasedBy { get; init; }

    /// <summary>Why, as the manager wrote it (the data subject's request, a ticket number…).</summary>
    public string? Reason { get; init; }

    /// <summary>Counts of what was removed or redacted, as JSON ({"contacts":2,"transcriptLines":14,…}).</summary>
    public required string SummaryJson { get; init; }
}
