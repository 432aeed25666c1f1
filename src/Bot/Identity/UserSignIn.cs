using ContactCentre.Bot.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Identity;

/// <summary>
/// Checks an e-mail and password. Unknown e-mail, inactive user and wrong password look the same to the
/// caller (same answer, and a hash is verified either way so timing does not tell them apart); after
/// <see cref="SignInOptions.MaxFailures"/> failures in the window the e-mail is locked out.
/// </summary>
public sealed class UserSignIn(StoreFactory stores, IPasswordHasher<User> hasher, TimeProvider clock, IOptions<SignInOptions> options)
{
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(DecoyUser, Guid.NewGuid().ToString()));

    private static readonly User DecoyUser = UserDirectory.New("decoy@invalid", "decoy", UserRole.Agent, null, DateTimeOffset.UnixEpoch);

    public async Task<SignInOutcome> CheckAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return SignInOutcome.WrongCredentials;
        }

        var settings = options.Value;
        var normalized = User.Normalize(email);
        var now = clock.GetUtcNow();
        var windowStart = now - settings.LockoutWindow;
        await using var db = stores.Create();
        var recent = await db.SignInFailures
            .Where(f => f.NormalizedEmail == normalized && f.At > windowStart)
            .Select(f => f.At)
            .ToListAsync(cancellationToken);
        if (recent.Count >= settings.MaxFailures)
        {
            // Locked until enough of the counted failures leave the window.
            var unlockAt = recent.Order().ElementAt(recent.Count - settings.MaxFailures) + settings.LockoutWindow;
            return new SignInOutcome(null, unlockAt - now);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        var verdict = hasher.VerifyHashedPassword(user ?? DecoyUser, user?.PasswordHash ?? _decoyHash.Value, password);
        if (user is null || !user.Active || verdict == PasswordVerificationResult.Failed)
        {
            await db.SignInFailures.Where(f => f.NormalizedEmail == normalized && f.At <= windowStart).ExecuteDeleteAsync(cancellationToken);
            db.SignInFailures.Add(new SignInFailure { NormalizedEmail = normalized, At = now });
            await db.SaveChangesAsync(cancellationToken);
            return SignInOutcome.WrongCredentials;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        user.LastSignInAt = now;
        await db.SignInFailures.Where(f => f.NormalizedEmail == normalized).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SignInOutcome(await LoadAsync(db, user, cancellationToken), null);
    }

    /// <summary>The current view of an active user (team from their agent record), or null when gone or deactivated.</summary>
    public async Task<SignedInUser?> FindActiveAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is { Active: true } ? await LoadAsync(db, user, cancellationToken) : null;
    }

    private static async Task<SignedInUser> LoadAsync(ContactCentreDbContext db, User user, CancellationToken cancellationToken)
    {
        var agent = user.AgentId is null ? null : await db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == user.AgentId, cancellationToken);
        return new SignedInUser(user.Id, user.Email, user.DisplayName, user.Role, agent?.Id, agent?.Team);
    }
}
