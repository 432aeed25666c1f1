using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Reads <c>expect.handoff</c>: <c>none</c>, <c>{ to: AGENT }</c> or <c>{ team: TEAM, not?: AGENT }</c>.</summary>
internal static class HandoffReader
{
    private static readonly string[] HandoffKeys = ["to", "team", "not"];

    /// <summary>Reads one handoff expectation; agents must be declared in <paramref name="index"/>.</summary>
    public static ScenarioHandoffExpectation Read(YamlField field, WorldIndex index)
    {
        if (field.Value is YamlScalarNode)
        {
            var text = field.Scalar();
            if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
            {
                return ScenarioHandoffExpectation.None;
            }

            var hint = ScenarioVocabulary.Teams.Contains(text.ToLowerInvariant())
                ? $"; did you mean {{ team: {text} }}?"
                : index.IsAgent(text) ? $"; did you mean {{ to: {text} }}?" : string.Empty;
            throw field.Fail($"'{text}' is not a handoff; use none, {{ to: AGENT }} or {{ team: TEAM }}{hint}");
        }

        var map = field.Map(HandoffKeys);
        var to = map.Optional("to");
        var team = map.Optional("team");
        var not = map.Optional("not");
        if (to is not null && team is not null)
        {
            throw team.Fail("use either 'to' or 'team', not both");
        }

        if (to is not null)
        {
            return not is not null
                ? throw not.Fail("'not' only goes with 'team' (with 'to' the agent is already fixed)")
                : new ScenarioHandoffExpectation { Target = ScenarioHandoffTarget.Agent, To = index.Agent(to) };
        }

        return team is null
            ? throw map.Fail("to", "a handoff needs 'to: AGENT' or 'team: TEAM' (or write 'handoff: none')")
            : new ScenarioHandoffExpectation
            {
                Target = ScenarioHandoffTarget.Team,
                Team = team.OneOf(ScenarioVocabulary.Teams),
                Not = not is null ? null : index.Agent(not),
            };
    }
}
