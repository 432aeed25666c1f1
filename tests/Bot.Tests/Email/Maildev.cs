using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>One mail maildev received, as its REST API describes it.</summary>
public sealed record ReceivedMail(string Id, string Subject, string To, string? Text, string? Html, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<(string FileName, string ContentType)> Attachments)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>maildev's REST API (GET /api/email): what the bot's SMTP sends lands there.</summary>
public sealed class Maildev(Uri baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<IReadOnlyList<ReceivedMail>> ToAsync(string recipient)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/api/email", UriKind.Relative)));
        return [.. document.RootElement.EnumerateArray().Select(Read).Where(m => string.Equals(m.To, recipient, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>Waits until at least <paramref name="count"/> mails to <paramref name="recipient"/> have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitAsync(string recipient, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var mails = await ToAsync(recipient);
            if (mails.Count >= count)
            {
                return mails;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{mails.Count} of {count} mails to {recipient} arrived within {timeout}.");
            }

            await Task.Delay(100);
        }
    }

    public async Task<byte[]> AttachmentAsync(string mailId, string fileName) =>
        await _http.GetByteArrayAsync(new Uri($"/api/email/{mailId}/attachment/{Uri.EscapeDataString(fileName)}", UriKind.Relative));

    public void Dispose() => _http.Dispose();

    private static ReceivedMail Read(JsonElement mail)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (mail.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in h.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.ToString();
            }
        }

        var to = mail.TryGetProperty("to", out var t) && t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0 ? t[0].GetProperty("address").GetString()! : "";
        var attachments = mail.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => (x.GetProperty("generatedFileName").GetString()!, x.GetProperty("contentType").GetString()!)).ToList()
            : [];
        return new ReceivedMail(mail.GetProperty("id").GetString()!, mail.TryGetProperty("subject", out var s) ? s.GetString() ?? "" : "", to,
            mail.TryGetProperty("text", out var text) ? text.GetString() : null, mail.TryGetProperty("html", out var html) ? html.GetString() : null, headers, attachments);
    }
}
