namespace ContactCentre.Bot.Persistence;

/// <summary>A value the product generates once and keeps (e.g. the Direct Line secret when none is configured).</summary>
public sealed class SettingEntry
{
    public required string Key { get; init; }
    public required string Value { get; set; }
}
