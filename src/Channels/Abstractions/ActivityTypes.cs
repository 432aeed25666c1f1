namespace ContactCentre.Channels.Abstractions;

/// <summary>Activity types we carry, named as the Bot Framework Activity spec names them.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string ConversationUpdate = "conversationUpdate";
}
