using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.Languages;

/// <summary>
/// Decides a conversation's language on its first turn and keeps it: the wanted language from the channel's
/// hints (<see cref="LanguageHints"/>), the flow that speaks it (<see cref="FlowLanguages"/>), and
/// <c>Conversation.Language</c> set to what that flow speaks, so replies, money, dates and the e-mail framing
/// agree. Later turns run the same flow (the dialog state remembers it).
/// </summary>
public static class ConversationLanguage
{
    public static async Task<CompiledFlow> StartAsync(IFlowCatalog flows, TurnContext turn, string baseFlow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var choice = LanguageHints.Choose(turn.Inbound?.Locale, turn.Conversation.CustomerAddress);
        var flow = await FlowLanguages.ChooseAsync(flows, baseFlow, choice.Language, cancellationToken);
        var spoken = Language.Normalize(flow.Document.Language) ?? Language.Default;
        turn.Conversation.Language = spoken;
        turn.Emit("language", new { language = spoken, wanted = choice.Language, source = choice.Source.ToString(), flow = flow.Document.Name });
        return flow;
    }
}
