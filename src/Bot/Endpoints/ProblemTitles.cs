using Microsoft.AspNetCore.Http;

namespace ContactCentre.Bot.Endpoints;

/// <summary>The one short title each problem status gets, so the console, its panel and the studio name an error alike.</summary>
public static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "Too large",
        StatusCodes.Status422UnprocessableEntity => "Unprocessable",
        _ => "Error",
    };
}
