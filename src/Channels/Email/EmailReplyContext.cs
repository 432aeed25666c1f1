namespace ContactCentre.Channels.Email;

/// <summary>
/// What an answer needs of the mail it answers: threading headers (In-Reply-To, References), the thread's
/// subject and token, the customer's language, and the text to quote under the answer.
/// </summary>
public sealed record EmailReplyContext
{
    /// <summary>The Message-ID answered (In-Reply-To).</summary>
    public string? ParentMessageId { get; init; }

    /// <summary>The answered mail's References followed by its own Message-ID.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public string? Subject { get; init; }

    /// <summary>Our thread token for the subject, "[#token]".</summary>
    public string? Token { get; init; }

    public string? Language { get; init; }
    public string? CustomerName { get; init; }
    public string? QuotedFrom { get; init; }
    public DateTimeOffset? QuotedAt { get; init; }
    public string? QuotedText { get; init; }
}
