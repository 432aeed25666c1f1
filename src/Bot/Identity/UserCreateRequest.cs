namespace ContactCentre.Bot.Identity;

/// <summary>Body of <c>POST /api/users</c>.</summary>
public sealed record UserCreateRequest(string? Email, string? Name, string? Password, string? Role, string? AgentId);
