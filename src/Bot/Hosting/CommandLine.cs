namespace ContactCentre.Bot.Hosting;

/// <summary>The product's sub-commands: `scenarios run`, later `nlu eval` and `users add`.</summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["scenarios"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine($"Unknown command '{string.Join(' ', args)}'.");
        return Task.FromResult(2);
    }
}
