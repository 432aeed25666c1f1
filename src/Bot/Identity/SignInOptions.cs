using System.ComponentModel.DataAnnotations;

namespace ContactCentre.Bot.Identity;

/// <summary>Settings under "SignIn": session length and the lockout after repeated failures.</summary>
public sealed class SignInOptions
{
    public const string SectionName = "SignIn";

    /// <summary>Sliding session: a console in use stays signed in; an idle one expires after this.</summary>
    [Range(1, 24 * 30)]
    public int SessionHours { get; set; } = 8;

    /// <summary>Failures for one e-mail within <see cref="LockoutMinutes"/> that lock it out (429).</summary>
    [Range(1, 100)]
    public int MaxFailures { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 5;

    public TimeSpan LockoutWindow => TimeSpan.FromMinutes(LockoutMinutes);
}
