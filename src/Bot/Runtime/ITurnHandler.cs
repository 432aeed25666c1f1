namespace ContactCentre.Bot.Runtime;

/// <summary>
/// The bot's brain (the dialog engine): runs one turn while the bot holds the conversation. It reads
/// and writes through <see cref="TurnContext"/>, whose store and replies commit together.
/// </summary>
public interface ITurnHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>Called in the agent action's transaction when an agent hands the conversation back to the bot.</summary>
    Task ResumeAfterHandoffAsync(TurnContext turn, CancellationToken cancellationToken);
}
