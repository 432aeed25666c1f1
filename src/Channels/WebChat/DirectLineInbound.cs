using System.Text.Json.Nodes;

namespace ContactCentre.Channels.WebChat;

/// <summary>A client's posted activity after validation, or why it was refused (a 400 problem).</summary>
public sealed record DirectLineInbound(JsonObject? Activity, string? Problem)
{
    public static DirectLineInbound Refuse(string problem) => new(null, problem);

    public bool IsValid => Activity is not null;

    public string Type => (string?)Activity?["type"] ?? "";

    public string? ClientActivityId => Activity?["channelData"] is JsonObject data && data["clientActivityID"] is JsonValue id && id.TryGetValue<string>(out var value) ? value : null;
}
