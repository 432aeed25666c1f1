using ContactCentre.Bot.Tests.Support;

namespace ContactCentre.Bot.Tests.Privacy;

/// <summary>Every response carries the security headers; only the web chat page may be framed (by the sites that embed it).</summary>
public sealed class SecurityHeaderTests
{
    [Fact]
    public async Task WebChatPage_FramableByEmbeddingSites_ScriptsOnlyFromItsOrigin()
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors *", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task ChatFrameAncestorsSetting_LimitsWhoMayEmbedTheChat()
    {
        await using var host = await TestHost.StartAsync("--Security:ChatFrameAncestors=https://www.exemplo.com.br");
        using var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("frame-ancestors https://www.exemplo.com.br", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/no-such-page")]
    [InlineData("/signin")]
    public async Task OtherResponses_NeverFramed_NoSniffing(string path)
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
