namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>Shared row checks: the external id is present, well-formed and not repeated within the batch.</summary>
internal static class ImportKeys
{
    public const int MaxLength = 64;

    public static string? Check(ImportRow row, string column, Dictionary<string, int> seen, List<string> errors)
    {
        if (row.ShapeProblem is { } shape)
        {
            errors.Add(shape);
        }

        var key = row[column];
        if (key is null)
        {
            errors.Add($"'{column}' is required");
            return null;
        }

        if (key.Length > MaxLength)
        {
            errors.Add($"'{column}' is longer than {MaxLength} characters");
            return null;
        }

        if (seen.TryGetValue(key, out var first))
        {
            errors.Add($"'{column}' {key} already appears on line {first}");
            return null;
        }

        seen[key] = row.Line;
        return key;
    }

    public static string Outcome(bool created, string before, string after) =>
        created ? RowActions.Created : before == after ? RowActions.Unchanged : RowActions.Updated;
}
