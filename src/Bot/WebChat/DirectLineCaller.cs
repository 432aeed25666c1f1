using ContactCentre.Channels.WebChat;

namespace ContactCentre.Bot.WebChat;

/// <summary>Who is calling a Direct Line endpoint: a holder of the secret, or of a token for one conversation.</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token)
{
    public static readonly DirectLineCaller Secret = new(true, null);

    /// <summary>The secret opens every conversation; a token only its own.</summary>
    public bool MayOpen(string conversationId) => IsSecret || Token?.ConversationId == conversationId;
}
