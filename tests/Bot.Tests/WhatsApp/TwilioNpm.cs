using System.Diagnostics;
using System.Text.Json;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>One signature case for the official twilio npm package: what it computes, and whether it accepts a given signature.</summary>
internal sealed record NpmSignatureCase(string Token, string Url, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? Signature = null);

internal sealed record NpmSignatureResult(string Signature, bool? Valid);

/// <summary>Runs tests/twilio/signatures.js (twilio 6.2.0, installed by ./test.sh with npm ci) on a batch of cases.</summary>
internal static class TwilioNpm
{
    public static async Task<IReadOnlyList<NpmSignatureResult>> RunAsync(IReadOnlyList<NpmSignatureCase> cases)
    {
        var folder = Folder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "twilio")))
        {
            throw new InvalidOperationException($"The twilio npm package is not installed: run `npm ci` in {folder} (./test.sh does).");
        }

        var start = new ProcessStartInfo("node", "signatures.js")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var request = new
        {
            cases = cases.Select(c => new
            {
                token = c.Token,
                url = c.Url,
                @params = c.Parameters.GroupBy(p => p.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count() == 1 ? (object)g.First().Value : g.Select(p => p.Value).ToArray(), StringComparer.Ordinal),
                signature = c.Signature,
            }),
        };
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(request));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"signatures.js failed ({process.ExitCode}): {await errors}");
        }

        return JsonSerializer.Deserialize<List<NpmSignatureResult>>(await output, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("signatures.js printed nothing.");
    }

    /// <summary>tests/twilio, found from the test assembly's folder up to the repository root.</summary>
    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContactCentre.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException($"No ContactCentre.sln above {AppContext.BaseDirectory}.")
            : Path.Combine(directory.FullName, "tests", "twilio");
    }
}
