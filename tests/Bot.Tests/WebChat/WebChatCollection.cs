namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>The web chat tests start hosts, node clients and a browser: one at a time, so they do not starve each other.</summary>
[CollectionDefinition(Name)]
public sealed class WebChatCollection
{
    public const string Name = "WebChat";
}
