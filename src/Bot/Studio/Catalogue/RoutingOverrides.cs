namespace ContactCentre.Bot.Studio.Catalogue;

/// <summary>
/// What managers changed over appsettings' <c>Routing</c> section, kept in the store: rule parameters by name,
/// the time zone, and the holiday list (null = keep the configured ones).
/// </summary>
public sealed record RoutingOverrides
{
    public Dictionary<string, string> Parameters { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public string? TimeZone { get; init; }

    public List<string>? Holidays { get; init; }

    public static RoutingOverrides None { get; } = new();
}
