using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ContactCentre.Bot.WebChat;

/// <summary>Random conversation and user ids, and what a client-chosen user id may look like.</summary>
internal static partial class DirectLineIds
{
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>"dl_…": the prefix Direct Line reserves for ids burnt into tokens (Web Chat refuses it otherwise).</summary>
    public static string NewUserId() => $"dl_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12))}";

    public static bool IsValidUserId(string? id) => id is not null && UserIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
