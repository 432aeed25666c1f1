using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.Handoff;

/// <summary>The outcome of an agent's action: done (with what it produced), or refused with an HTTP-like status and reason.</summary>
public sealed record AgentActionResult(bool Ok, int Status, string? Problem, IReadOnlyList<TurnEvent> Events)
{
    public static AgentActionResult Done(IReadOnlyList<TurnEvent> events) => new(true, 200, null, events);

    public static AgentActionResult NotFound(string problem) => new(false, 404, problem, []);

    public static AgentActionResult Forbidden(string problem) => new(false, 403, problem, []);

    public static AgentActionResult Conflict(string problem) => new(false, 409, problem, []);
}
