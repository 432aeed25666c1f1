using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Demo;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCentre.Bot.Tests.Support;

/// <summary>
/// A browser-like session on a <see cref="TestHost"/>: signed in through <c>POST /api/auth/signin</c>, with
/// the session cookie and the antiforgery cookie in <see cref="Cookies"/> and the X-CSRF-TOKEN header set
/// on <see cref="Http"/>, so state-changing console calls pass the CSRF check as the console page's would.
/// <code>using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));</code>
/// </summary>
public sealed class SignedInClient : IDisposable
{
    private SignedInClient(HttpClient http, CookieContainer cookies, Uri baseAddress, JsonElement user, string csrfToken)
    {
        Http = http;
        Cookies = cookies;
        BaseAddress = baseAddress;
        User = user;
        CsrfToken = csrfToken;
    }

    public HttpClient Http { get; }
    public CookieContainer Cookies { get; }
    public Uri BaseAddress { get; }

    /// <summary>The <c>GET /api/auth/me</c> shape: id, email, name, role, agentId, team.</summary>
    public JsonElement User { get; }

    public string CsrfToken { get; }

    public string? AgentId => User.GetProperty("agentId").GetString();

    /// <summary>Signs in (demo password by default); throws with the server's answer when it refuses.</summary>
    public static Task<SignedInClient> CreateAsync(TestHost host, string email, string password = DemoUsers.Password)
    {
        ArgumentNullException.ThrowIfNull(host);
        return CreateAsync(host.BaseAddress, email, password);
    }

    /// <summary>As above, for hosts that are not a <see cref="TestHost"/> (a channel's own test host).</summary>
    public static async Task<SignedInClient> CreateAsync(Uri baseAddress, string email, string password = DemoUsers.Password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        try
        {
            using var signIn = await http.PostAsJsonAsync("/api/auth/signin", new { email, password });
            if (signIn.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Sign-in of {email} failed: {(int)signIn.StatusCode} {await signIn.Content.ReadAsStringAsync()}");
            }

            var user = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").Clone();

            // The token is bound to the signed-in user, so it is fetched after signing in (as the console page does).
            var antiforgery = await http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
            var token = antiforgery.GetProperty("token").GetString()!;
            http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
            return new SignedInClient(http, cookies, baseAddress, user, token);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates a user of <paramref name="role"/> (optionally linked to an agent) in the host's store and signs in:
    /// for hosts without demo data, e.g. a channel test that reads agent-only media.
    /// </summary>
    public static Task<SignedInClient> CreateUserAsync(TestHost host, string role = "supervisor", string? agentId = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        return CreateUserAsync(host.App.Services, host.BaseAddress, role, agentId);
    }

    public static async Task<SignedInClient> CreateUserAsync(IServiceProvider services, Uri baseAddress, string role = "supervisor", string? agentId = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        Assert.True(ContactCentre.Bot.Identity.UserRoles.TryParse(role, out var parsed), $"unknown role {role}");
        var email = $"{role}-{Guid.NewGuid():N}@test.cc";
        const string password = "test-password-1";
        await services.GetRequiredService<ContactCentre.Bot.Identity.UserDirectory>().AddAsync(email, null, password, parsed, agentId, CancellationToken.None);
        return await CreateAsync(baseAddress, email, password);
    }

    /// <summary>A SignalR connection (not started) to a hub with this session's cookie; WebSockets carry the cookie too.</summary>
    public HubConnection CreateHubConnection(string path = "/hubs/console", HttpTransportType transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, path), transports, o => o.Cookies = Cookies)
            .Build();

    public void Dispose() => Http.Dispose();
}
