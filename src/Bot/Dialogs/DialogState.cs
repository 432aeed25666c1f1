using System.Text.Json;

namespace ContactCentre.Bot.Dialogs;

/// <summary>
/// The dialog's memory, persisted with the conversation (its state JSON) in the turn's transaction, so a
/// restart between two turns continues at the same step.
/// </summary>
public sealed class DialogState
{
    public string? Flow { get; set; }
    public int? FlowVersion { get; set; }
    public bool Started { get; set; }
    public List<DialogFrame> Stack { get; set; } = [];
    public PendingPrompt? Pending { get; set; }
    public Dictionary<string, string> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>R2: invoices announced in this conversation (once per conversation).</summary>
    public List<string> Announced { get; set; } = [];

    public List<string> QuotedProducts { get; set; } = [];

    /// <summary>The last routing decision's follow-up, kept for the quote action of the same turn.</summary>
    public bool AskedForContact { get; set; }

    public static DialogState From(string json) =>
        string.IsNullOrWhiteSpace(json) || json == "{}" ? new DialogState() : JsonSerializer.Deserialize<DialogState>(json, JsonSerializerOptions.Web) ?? new DialogState();

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
