using ContactCentre.Channels.Email;

namespace ContactCentre.Bot.Email;

public static class EmailExtensions
{
    /// <summary>The e-mail channel: sending adapter, reply context from the transcript and, when the channel is on, the mailbox reader.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEmailReplyContextSource, EmailReplyContextStore>();
        services.AddEmailChannel(configuration);
        services.AddSingleton<EmailThreadResolver>();
        services.AddSingleton<EmailAttachmentStore>();
        services.AddSingleton<EmailInboundProcessor>();
        if (configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>() is { IsEnabled: true })
        {
            services.AddHostedService<EmailMailboxReader>();
        }

        return services;
    }
}
