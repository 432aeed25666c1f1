using ContactCentre.Bot.Identity;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

public abstract partial class ContactCentreDbContext
{
    public DbSet<User> Users => Set<User>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
}
