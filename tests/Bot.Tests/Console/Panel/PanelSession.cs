using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Demo;

namespace ContactCentre.Bot.Tests.Console.Panel;

/// <summary>A signed-in console session on a <see cref="PanelHost"/>: cookie from <c>POST /api/auth/signin</c>, X-CSRF-TOKEN set.</summary>
internal sealed class PanelSession : IDisposable
{
    private PanelSession(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static async Task<PanelSession> SignInAsync(PanelHost host, string email)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.Client.BaseAddress };
        using var signIn = await http.PostAsJsonAsync("/api/auth/signin", new { email, password = DemoUsers.Password });
        if (signIn.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)signIn.StatusCode} {await signIn.Content.ReadAsStringAsync()}");
        }

        var antiforgery = await http.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", antiforgery.GetProperty("token").GetString());
        return new PanelSession(http);
    }

    public void Dispose() => Http.Dispose();
}
