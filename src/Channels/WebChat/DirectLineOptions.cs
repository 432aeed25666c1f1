namespace ContactCentre.Channels.WebChat;

/// <summary>
/// Settings under "Channels:DirectLine": the Direct Line 3.0 endpoint that the web chat page (and any
/// official Direct Line client) talks to. On out of the box: an empty <see cref="Secret"/> means one is
/// generated on first run and kept in the database.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "Channels:DirectLine";

    /// <summary>What trusted servers exchange for tokens (Authorization: Bearer SECRET). Never sent to a browser.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Lifetime of a conversation token; Direct Line's is 1800 s and clients refresh every 15 minutes.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Lifetime of the token inside a streamUrl: enough to open the WebSocket, not to keep it.</summary>
    public int StreamTokenLifetimeSeconds { get; set; } = 300;

    /// <summary>Posts (activities and uploads) one conversation may make per second; more get 429 with Retry-After.</summary>
    public int MaxPostsPerSecond { get; set; } = 10;

    /// <summary>Largest activity JSON body accepted by POST …/activities; larger gets 413.</summary>
    public int MaxActivityBytes { get; set; } = 128 * 1024;

    /// <summary>Largest multipart body accepted by POST …/upload; larger gets 413.</summary>
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>New conversations one client address may open per minute through POST /api/webchat/token.</summary>
    public int TokensPerMinutePerAddress { get; set; } = 60;

    /// <summary>How often an open WebSocket gets an empty keep-alive frame and re-reads the store for activities it missed.</summary>
    public double StreamKeepAliveSeconds { get; set; } = 15;

    /// <summary>
    /// A customer's message whose turn was not seen to commit (a crash between the echo and the commit) is
    /// run again by the recovery sweep once it is this old; the inbound claim keeps it to one turn.
    /// </summary>
    public double RecoverAfterSeconds { get; set; } = 30;

    /// <summary>The scheme and host clients reach us at (behind a proxy); empty = the request's own. Used for streamUrl and file links.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
