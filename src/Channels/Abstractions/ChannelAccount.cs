namespace ContactCentre.Channels.Abstractions;

/// <summary>A participant: the customer (role "user"), the bot ("bot") or an agent ("agent").</summary>
/// <param name="Id">Channel-specific address: E.164 phone, e-mail, chat id, visitor id, agent id.</param>
public sealed record ChannelAccount(string Id, string? Name = null, string? Role = null);
