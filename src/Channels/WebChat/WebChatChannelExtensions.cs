using ContactCentre.Channels.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCentre.Channels.WebChat;

public static class WebChatChannelExtensions
{
    /// <summary>The web chat channel: options, the in-process stream map and the adapter. The host supplies <see cref="IDirectLineStore"/>.</summary>
    public static IServiceCollection AddWebChatChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .Validate(o => o.TokenLifetimeSeconds > 0 && o.StreamTokenLifetimeSeconds > 0, "Channels:DirectLine:TokenLifetimeSeconds and StreamTokenLifetimeSeconds must be positive.")
            .Validate(o => o.MaxPostsPerSecond > 0 && o.TokensPerMinutePerAddress > 0, "Channels:DirectLine:MaxPostsPerSecond and TokensPerMinutePerAddress must be positive.")
            .Validate(o => o.MaxActivityBytes > 0 && o.MaxUploadBytes > 0, "Channels:DirectLine:MaxActivityBytes and MaxUploadBytes must be positive.")
            .Validate(o => o.StreamKeepAliveSeconds > 0 && o.RecoverAfterSeconds > 0, "Channels:DirectLine:StreamKeepAliveSeconds and RecoverAfterSeconds must be positive.")
            .Validate(o => o.PublicBaseUrl.Length == 0 || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Channels:DirectLine:PublicBaseUrl must be an absolute URL or empty.")
            .ValidateOnStart();
        services.AddSingleton<DirectLineStreams>();
        services.AddSingleton<WebChatAdapter>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<WebChatAdapter>());
        return services;
    }
}
