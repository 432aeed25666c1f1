using ContactCentre.Bot.AgentConsole;
using ContactCentre.Bot.Cluster;
using ContactCentre.Bot.AgentConsole.Panel;
using ContactCentre.Bot.Endpoints;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Email;
using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Outbound;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Security;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Studio;
using ContactCentre.Bot.Telegram;
using ContactCentre.Bot.WebChat;
using ContactCentre.Bot.WhatsApp;
using ContactCentre.Channels.Test;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Hosting;

/// <summary>The ASP.NET Core host: registration reads like a table of contents.</summary>
public static class WebHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:5080");
        builder.Services.AddProblemDetails();
        builder.Services.AddRoutingRules(builder.Configuration);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddConversationRuntime(builder.Configuration);
        builder.Services.AddCluster(builder.Configuration);
        builder.Services.AddSecurity(builder.Configuration);
        builder.Services.AddDialogs(builder.Configuration);
        builder.Services.AddTestChannel(builder.Configuration);
        builder.Services.AddWhatsApp(builder.Configuration);
        builder.Services.AddWebChat(builder.Configuration);
        builder.Services.AddEmail(builder.Configuration);
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddStudio(builder.Configuration);
        builder.Services.AddSignIn(builder.Configuration);
        builder.Services.AddConsole(builder.Configuration);
        builder.Services.AddConsolePanel(builder.Configuration);
        builder.Services.AddOutbound(builder.Configuration);
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles(); // wwwroot (copied to the output): /schemas/flow.schema.json
        app.UseSignIn();
        app.MapHealth();
        app.MapCluster();
        app.MapTestChannel();
        app.MapWhatsApp();
        app.MapWebChat();
        app.MapEmail();
        app.MapTelegram();
        app.MapStudio();
        app.MapIdentity();
        app.MapConsolePages();
        app.MapConsole();
        app.MapConsolePanel();
        app.MapOutbound();
        app.MapOpenApi(); // /openapi/v1.json
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = Build(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            // A wrong setting stops the host with a message naming the key, not a stack trace.
            await Console.Error.WriteLineAsync($"ContactCentre could not start: {e.Message}");
            return 1;
        }
    }
}
