using ContactCentre.Bot.Conversations;

namespace ContactCentre.Bot.Runtime;

/// <summary>A conversation moved or got a message; published after commit for consoles and live views.</summary>
public sealed record ConversationChanged(string ConversationId, string Channel, ConversationHolder Holder, string? AgentId, string? Team, string? LastText, int Replies);
