using ContactCentre.Channels.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCentre.Channels.Test;

public static class TestChannelExtensions
{
    public static IServiceCollection AddTestChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TestChannelOptions>().Bind(configuration.GetSection(TestChannelOptions.SectionName));
        services.AddHttpClient(TestChannelAdapter.Channel);
        services.AddSingleton<TestChannelAdapter>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<TestChannelAdapter>());
        return services;
    }
}
