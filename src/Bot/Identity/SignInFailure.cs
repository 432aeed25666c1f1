namespace ContactCentre.Bot.Identity;

/// <summary>
/// One failed sign-in, kept for the lockout window. Stored (not in memory) so every instance behind a
/// load balancer counts the same failures, and keyed by the typed e-mail so unknown addresses lock too
/// (a 429 must not reveal which addresses exist).
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; init; }
    public required string NormalizedEmail { get; init; }
    public required DateTimeOffset At { get; init; }
}
