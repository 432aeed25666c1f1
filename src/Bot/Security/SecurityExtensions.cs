using ContactCentre.Bot.Privacy;
using Microsoft.Extensions.Logging.Console;

namespace ContactCentre.Bot.Security;

public static class SecurityExtensions
{
    /// <summary>Masked console logs (personal data, secrets) and the security headers' settings.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ChatFrameAncestors) && !o.ChatFrameAncestors.Contains(';', StringComparison.Ordinal),
                "Security:ChatFrameAncestors must be \"*\" or a space-separated list of origins.")
            .ValidateOnStart();
        services.AddLogging(logging => logging.AddConsoleFormatter<MaskingConsoleFormatter, ConsoleFormatterOptions>());
        services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = MaskingConsoleFormatter.Name);
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();
}
