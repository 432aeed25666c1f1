namespace ContactCentre.Bot.Identity;

/// <summary>A user could not be created; the message says why, for the command line or the API.</summary>
public sealed class UserDirectoryException(string message) : Exception(message);
