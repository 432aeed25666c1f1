using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Tests.Understanding;

/// <summary>The default flow's understander (built once: training takes a moment), the demo price list and a fixed today.</summary>
public static class UnderstandingFixture
{
    private static readonly Lazy<Understander> Shared = new(() => Understander.LoadDefault());

    public static Understander DefaultUnderstander => Shared.Value;

    public static IReadOnlyList<Product> Products { get; } = DemoCatalogue.All();

    /// <summary>A Tuesday.</summary>
    public static DateOnly Today { get; } = new(2026, 3, 10);

    public static ContactCentre.Bot.Dialogs.Understanding.Understanding Understand(string text) =>
        DefaultUnderstander.Understand(text, Products, Today);

    /// <summary>The repository file at <paramref name="relativePath"/>, found by walking up to ContactCentre.sln.</summary>
    public static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContactCentre.sln")))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        throw new InvalidOperationException("ContactCentre.sln not found above the test's output folder.");
    }
}
