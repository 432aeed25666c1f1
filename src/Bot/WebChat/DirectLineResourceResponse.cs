using System.Text.Json.Serialization;

namespace ContactCentre.Bot.WebChat;

/// <summary>Direct Line's ResourceResponse: the id given to a posted activity.</summary>
public sealed record DirectLineResourceResponse([property: JsonPropertyName("id")] string Id);
