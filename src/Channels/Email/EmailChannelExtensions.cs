using ContactCentre.Channels.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCentre.Channels.Email;

public static class EmailChannelExtensions
{
    /// <summary>Options (validated on start when the channel is on) and the sending adapter; no connection is made here.</summary>
    public static IServiceCollection AddEmailChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName))
            .Validate(o => !o.IsEnabled || MimeKit.MailboxAddress.TryParse(o.Address, out _), "Channels:Email:Address must be an e-mail address.")
            .Validate(o => !o.IsEnabled || o.PollSeconds > 0, "Channels:Email:PollSeconds must be positive.")
            .Validate(o => !o.IsEnabled || o.MaxAgeDays > 0, "Channels:Email:MaxAgeDays must be a positive number of days.")
            .Validate(o => !o.IsEnabled || (o.Imap.Port is > 0 and < 65536 && o.Smtp.Port is > 0 and < 65536), "Channels:Email:Imap:Port and Smtp:Port must be TCP ports.")
            .ValidateOnStart();
        services.AddSingleton<EmailAdapter>();
        if (configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>() is { IsEnabled: true })
        {
            services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<EmailAdapter>());
        }

        return services;
    }
}
