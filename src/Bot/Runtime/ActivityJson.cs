using System.Text.Json;
using System.Text.Json.Serialization;
using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Bot.Runtime;

/// <summary>The one JSON shape activities are stored in (camelCase, as the Bot Framework writes them).</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    public static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize<Activity>(json, Options) ?? throw new JsonException("Stored activity is null.");
}
