namespace ContactCentre.Bot.Identity;

/// <summary>What checking a password gave: a signed-in user, wrong credentials, or a lockout with its remaining time.</summary>
public sealed record SignInOutcome(SignedInUser? User, TimeSpan? RetryAfter)
{
    public static readonly SignInOutcome WrongCredentials = new(null, null);

    public bool Succeeded => User is not null;
    public bool LockedOut => RetryAfter is not null;
}
