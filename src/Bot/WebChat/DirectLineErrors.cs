using Microsoft.AspNetCore.Mvc;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// Errors on Direct Line endpoints: application/problem+json like every error of the product, carrying
/// the <c>{"error":{"code","message"}}</c> member that Direct Line clients read.
/// </summary>
internal static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message)
    {
        var problem = new ProblemDetails { Status = status, Title = message };
        problem.Extensions["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message };
        return TypedResults.Problem(problem);
    }

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult NotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, "BadArgument", $"Conversation '{conversationId}' does not exist.");

    public static IResult TooLarge(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The request body is larger than {limit} bytes.");

    public static IResult Throttled(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests for this conversation; retry after the Retry-After delay.");
    }
}
