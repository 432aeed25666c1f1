namespace ContactCentre.Bot.Cluster;

/// <summary>Settings under "Redis": empty = a single node; set = the SignalR backplane (console) and Redis in /health/ready.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> or <c>redis:6379,password=…,ssl=true</c>.</summary>
    public string? Configuration { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Configuration);
}
