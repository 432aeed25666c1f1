namespace ContactCentre.Bot.WebChat;

/// <summary>GET /: the customer's web chat page (wwwroot/index.html; its scripts and styles are static files).</summary>
public static class WebChatPage
{
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http, IWebHostEnvironment environment) =>
        {
            var page = environment.WebRootFileProvider.GetFileInfo("index.html");
            if (!page.Exists)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The web chat page is not in wwwroot: build the project (it copies wwwroot to the output).");
            }

            http.Response.Headers.CacheControl = "no-cache";
            return Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
        });
        return app;
    }
}
