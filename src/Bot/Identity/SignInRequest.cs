namespace ContactCentre.Bot.Identity;

/// <summary>Body of <c>POST /api/auth/signin</c>.</summary>
public sealed record SignInRequest(string? Email, string? Password);
