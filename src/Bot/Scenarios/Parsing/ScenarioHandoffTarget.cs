namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>The form of an <c>expect.handoff</c>.</summary>
public enum ScenarioHandoffTarget
{
    /// <summary><c>handoff: none</c>: the conversation is with the bot.</summary>
    None,

    /// <summary><c>handoff: { to: AGENT }</c>: the conversation is with that agent (offered or accepted).</summary>
    Agent,

    /// <summary><c>handoff: { team: TEAM }</c>: with the team's queue or any agent of the team.</summary>
    Team,
}
