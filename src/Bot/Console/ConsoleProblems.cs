using ContactCentre.Bot.Endpoints;
using ContactCentre.Bot.Handoff;
using Microsoft.AspNetCore.Mvc;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>Console errors as problem+json: 400, 403, 404, 409 (someone else won the offer).</summary>
public static class ConsoleProblems
{
    public static IResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });

    public static IResult BadRequest(string title) => Problem(StatusCodes.Status400BadRequest, title);

    public static IResult NotFound(string title) => Problem(StatusCodes.Status404NotFound, title);

    public static IResult NoAgentRecord() =>
        Problem(StatusCodes.Status403Forbidden, "Forbidden", "Your user has no agent record, so it cannot attend conversations.");

    /// <summary>A refused agent action, with the status AgentActions chose (409 when another agent or node won).</summary>
    public static IResult From(AgentActionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Problem(result.Status, ProblemTitles.For(result.Status), result.Problem);
    }
}
