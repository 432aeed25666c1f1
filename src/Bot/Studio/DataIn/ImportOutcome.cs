namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>What one row did (or would do, in a preview): created, updated, unchanged, or its errors.</summary>
public sealed record RowOutcome(int Line, string? Key, string Action, IReadOnlyList<string> Errors)
{
    public static RowOutcome Error(int line, string? key, params string[] errors) => new(line, key, RowActions.Error, errors);
}

public static class RowActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Error = "error";
}

/// <summary>
/// A whole batch: applied only when every row is valid (<see cref="Applied"/>), else nothing was written and
/// <see cref="Rows"/> says what is wrong with each bad row.
/// </summary>
public sealed record ImportOutcome(string Kind, bool Preview, bool Applied, int Created, int Updated, int Unchanged, int Errors, IReadOnlyList<RowOutcome> Rows);
