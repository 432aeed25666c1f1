namespace ContactCentre.Channels.Email;

/// <summary>An attachment of an inbound mail, by position; <see cref="Content"/> is null when it is over the size we store.</summary>
public sealed record EmailFile(int Index, string FileName, string ContentType, long Size, byte[]? Content);
