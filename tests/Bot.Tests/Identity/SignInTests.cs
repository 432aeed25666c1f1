using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Hosting;
using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Tests.Support;

namespace ContactCentre.Bot.Tests.Identity;

/// <summary>Sign-in, roles and CSRF on the real host (Kestrel on loopback, SQLite file, demo users).</summary>
public sealed partial class SignInTests
{
    private static Task<TestHost> StartDemoAsync(Action<WebApplication>? map = null) =>
        TestHost.StartAsync(map, "--Database:SeedDemoData=true");

    [Fact]
    public async Task SignedOutApiCall_Gets401ProblemNeverARedirect()
    {
        await using var host = await StartDemoAsync();
        using var client = NoRedirectClient(host);

        using var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignedOutPage_RedirectsToSignInWithReturnUrl()
    {
        await using var host = await StartDemoAsync(app => app.MapGet("/agent-test-page", () => "ok").RequireAuthorization(IdentityPolicies.Agent));
        using var client = NoRedirectClient(host);

        using var response = await client.GetAsync("/agent-test-page?x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location!.AbsolutePath);
        Assert.Contains("returnUrl=%2Fagent-test-page%3Fx%3D1", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoAgent_SignsIn_MeReturnsAgentRecordAndTeam()
    {
        await using var host = await StartDemoAsync();
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));

        var me = await ana.Http.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal("ana@demo.cc", me.GetProperty("email").GetString());
        Assert.Equal("agent", me.GetProperty("role").GetString());
        Assert.Equal("ana", me.GetProperty("agentId").GetString());
        Assert.Equal("sales", me.GetProperty("team").GetString());
        Assert.Equal("Ana Souza", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUser_Get401WithTheSameMessage()
    {
        await using var host = await StartDemoAsync();
        using var client = NoRedirectClient(host);

        using var wrong = await client.PostAsJsonAsync("/api/auth/signin", new { email = "ana@demo.cc", password = "not-the-password" });
        using var unknown = await client.PostAsJsonAsync("/api/auth/signin", new { email = "nobody@demo.cc", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await Detail(wrong), await Detail(unknown));
        Assert.False(wrong.Headers.Contains("Set-Cookie") && wrong.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(IdentityPolicies.CookieScheme, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FiveFailuresInFiveMinutes_LockTheEmailOut_EvenTheRightPasswordGets429()
    {
        await using var host = await StartDemoAsync();
        using var client = NoRedirectClient(host);
        for (var i = 0; i < 5; i++)
        {
            using var failure = await client.PostAsJsonAsync("/api/auth/signin", new { email = "ANA@demo.cc", password = $"wrong-{i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("/api/auth/signin", new { email = "ana@demo.cc", password = DemoUsers.Password });
        using var other = await client.PostAsJsonAsync("/api/auth/signin", new { email = "rui@demo.cc", password = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 300);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Agent_OnManagerOnlyEndpoint_Gets403_ManagerGets200()
    {
        await using var host = await StartDemoAsync();
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        using var manager = await SignedInClient.CreateAsync(host, DemoUsers.Manager);

        using var forbidden = await ana.Http.GetAsync("/api/users");
        using var allowed = await manager.Http.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var emails = (await allowed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Contains("supervisor@demo.cc", emails);
        Assert.Contains("gil@demo.cc", emails);
    }

    [Fact]
    public async Task StateChangingCallWithTheCookie_WithoutCsrfHeader_Gets400Antiforgery()
    {
        await using var host = await StartDemoAsync();
        using var manager = await SignedInClient.CreateAsync(host, DemoUsers.Manager);
        var user = new { email = "nova@demo.cc", password = "segredo123", role = "agent", agentId = "rui" };

        using var bare = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = JsonContent.Create(user) };
        bare.Headers.Add("X-CSRF-TOKEN", "forged");
        using var forged = await manager.Http.SendAsync(bare);
        manager.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        using var missing = await manager.Http.PostAsJsonAsync("/api/users", user);
        manager.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", manager.CsrfToken);
        using var valid = await manager.Http.PostAsJsonAsync("/api/users", user);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("antiforgery", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        using var nova = await SignedInClient.CreateAsync(host, "nova@demo.cc", "segredo123");
        Assert.Equal("rui", nova.AgentId);
    }

    [Fact]
    public async Task SignInForm_WithAntiforgeryField_SetsCookieAndRedirectsToReturnUrl_WithoutItGoesBack()
    {
        await using var host = await StartDemoAsync();
        using var client = NoRedirectClient(host);
        var page = await client.GetStringAsync("/signin?returnUrl=%2Fagent%2Fsupervisor");
        var token = TokenField().Match(page).Groups[1].Value;
        Assert.Contains("lang=\"pt-BR\"", page, StringComparison.Ordinal);
        Assert.NotEmpty(token);

        using var noToken = await client.PostAsync("/signin", Form(("email", "supervisor@demo.cc"), ("password", DemoUsers.Password), ("returnUrl", "/agent/supervisor")));
        using var offSite = await client.PostAsync("/signin", Form(("email", "supervisor@demo.cc"), ("password", DemoUsers.Password), ("returnUrl", "//evil.example/"), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Redirect, noToken.StatusCode);
        Assert.StartsWith("/signin?", noToken.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("error=form", noToken.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, offSite.StatusCode);
        Assert.Equal("/agent", offSite.Headers.Location!.OriginalString); // never an open redirect
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("supervisor", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task SignOut_NeedsCsrf_ThenTheSessionIsGone()
    {
        await using var host = await StartDemoAsync();
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        using var withoutToken = new HttpRequestMessage(HttpMethod.Post, "/signout");
        ana.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        using var refused = await ana.Http.SendAsync(withoutToken);
        ana.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", ana.CsrfToken);

        using var signOut = await ana.Http.PostAsync("/signout", null);
        using var me = await ana.Http.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task UsersAddCommand_CreatesAManagerWhoCanSignIn()
    {
        var db = TestDatabases.NewSqlite();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(
            ["users", "add", "--role", "manager", "Chefe@Example.com", "--name", "Chefe Geral", "--password", "senha-forte-1", $"--Database:ConnectionString={db.ConnectionString}", "--Database:SeedDemoData=false"],
            output, error, CancellationToken.None);
        var duplicate = await CommandLine.RunAsync(
            ["users", "add", "--role", "agent", "chefe@example.com", "--password", "senha-forte-1", $"--Database:ConnectionString={db.ConnectionString}"],
            output, error, CancellationToken.None);

        Assert.True(exit == 0, error.ToString());
        Assert.Equal(1, duplicate);
        Assert.Contains("already exists", error.ToString(), StringComparison.Ordinal);
        await using var host = await TestHost.StartAsync($"--Database:ConnectionString={db.ConnectionString}");
        using var chefe = await SignedInClient.CreateAsync(host, "chefe@example.com", "senha-forte-1");
        Assert.Equal("manager", chefe.User.GetProperty("role").GetString());
        Assert.Equal("Chefe Geral", chefe.User.GetProperty("name").GetString());
        using var users = await chefe.Http.GetAsync("/api/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task OnPostgres_DemoUsersSignIn_AndLockoutCounts()
    {
        var db = await TestDatabases.NewPostgresAsync();
        await using var host = await TestHost.StartAsync("--Database:Provider=Postgres", $"--Database:ConnectionString={db.ConnectionString}", "--Database:SeedDemoData=true");
        using var client = NoRedirectClient(host);
        for (var i = 0; i < 5; i++)
        {
            using var failure = await client.PostAsJsonAsync("/api/auth/signin", new { email = "rui@demo.cc", password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("/api/auth/signin", new { email = "rui@demo.cc", password = DemoUsers.Password });
        using var dani = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("dani"));

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("support", dani.User.GetProperty("team").GetString());
    }

    [Fact]
    public async Task UsersAddCommand_WithoutRole_PrintsUsage()
    {
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["users", "add", "x@example.com"], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage: users add --role", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpClient NoRedirectClient(TestHost host) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = host.BaseAddress };

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    private static async Task<string?> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
