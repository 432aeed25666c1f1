namespace ContactCentre.Bot.Identity;

/// <summary>Body of <c>PATCH /api/users/{id}</c>: only the members present change (agentId "" unlinks).</summary>
public sealed record UserUpdateRequest(string? Name, string? Role, string? AgentId, bool? Active);
