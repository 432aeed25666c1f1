using ContactCentre.Bot.Endpoints;
using ContactCentre.Bot.Handoff;
using Microsoft.AspNetCore.Mvc;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>The panel's errors as problem+json; an R5 refusal carries the limit's name in <c>limit</c>.</summary>
public static class PanelProblems
{
    public static IResult Problem(int status, string detail, string? limit = null)
    {
        var problem = new ProblemDetails { Status = status, Title = ProblemTitles.For(status), Detail = detail };
        if (limit is not null)
        {
            problem.Extensions["limit"] = limit;
        }

        return TypedResults.Problem(problem);
    }

    public static IResult From<T>(PanelResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Ok ? TypedResults.Json(result.Value, statusCode: result.Status) : Problem(result.Status, result.Problem!, result.Limit);
    }

    public static IResult From(AgentActionResult result) => ConsoleProblems.From(result);

    public static IResult NoAgentRecord() => Problem(403, "Seu usuário não tem registro de atendente; esta ação é de atendentes.");

    public static IResult Hidden(string what) => Problem(403, $"{what} não está com você nem na fila da sua equipe.");
}
