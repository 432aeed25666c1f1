using System.Runtime.CompilerServices;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>Twilio webhook bodies kept as files under WhatsApp/Data (read from the source tree, next to this file).</summary>
internal static class RecordedPayloads
{
    public static string Raw(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Data", name));

    public static IReadOnlyList<KeyValuePair<string, string>> Form(string name, [CallerFilePath] string here = "") =>
        TwilioForm.Parse(Raw(name, here));
}
