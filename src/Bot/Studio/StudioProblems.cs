using ContactCentre.Bot.Endpoints;
namespace ContactCentre.Bot.Studio;

/// <summary>application/problem+json answers for the studio API.</summary>
public static class StudioProblems
{
    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new { type = $"https://httpstatuses.io/{status}", title = ProblemTitles.For(status), status, detail },
            options: null,
            contentType: "application/problem+json");
    }

    public static IResult Problem(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: ProblemTitles.For(status), extensions: extensions);

    public static IResult BadRequest(string detail, IDictionary<string, object?>? extensions = null) => Problem(StatusCodes.Status400BadRequest, detail, extensions);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, detail);

    public static IResult Conflict(string detail, IDictionary<string, object?>? extensions = null) => Problem(StatusCodes.Status409Conflict, detail, extensions);
}
