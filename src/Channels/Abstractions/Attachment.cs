namespace ContactCentre.Channels.Abstractions;

/// <summary>A file or card: by URL (<see cref="ContentUrl"/>) or inline (<see cref="Content"/>).</summary>
public sealed record Attachment(string ContentType, string? ContentUrl = null, string? Name = null, object? Content = null, string? ThumbnailUrl = null);
