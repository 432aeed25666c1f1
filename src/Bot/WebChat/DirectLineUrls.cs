using ContactCentre.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>Absolute URLs clients follow: the WebSocket streamUrl and links to uploaded files.</summary>
public sealed class DirectLineUrls(IOptions<DirectLineOptions> options)
{
    public const string Base = "/v3/directline";

    public string StreamUrl(HttpRequest request, string conversationId, string streamToken, string? watermark)
    {
        var root = Root(request);
        var ws = root.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? $"wss://{root[8..]}" : $"ws://{root[7..]}";
        var url = $"{ws}{Base}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(streamToken)}";
        return string.IsNullOrEmpty(watermark) ? url : $"{url}&watermark={Uri.EscapeDataString(watermark)}";
    }

    public string FileUrl(HttpRequest request, Guid fileId) => $"{Root(request)}{Base}/attachments/{fileId:N}";

    private string Root(HttpRequest request) => options.Value.PublicBaseUrl is { Length: > 0 } configured
        ? configured.TrimEnd('/')
        : $"{request.Scheme}://{request.Host}{request.PathBase}";
}
