using System.Text.Json;

namespace ContactCentre.Bot.Dialogs;

/// <summary>What the default flow remembers between turns, stored as the conversation's state JSON.</summary>
public sealed class FlowState
{
    public bool Welcomed { get; set; }

    /// <summary>R2: invoices already announced in this conversation (once per conversation).</summary>
    public List<string> Announced { get; set; } = [];

    public List<string> QuotedProducts { get; set; } = [];
    public bool AwaitingContact { get; set; }
    public bool AwaitingProtocol { get; set; }
    public bool AwaitingSatisfaction { get; set; }

    public static FlowState From(string json) =>
        string.IsNullOrWhiteSpace(json) || json == "{}" ? new FlowState() : JsonSerializer.Deserialize<FlowState>(json, JsonSerializerOptions.Web) ?? new FlowState();

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
