using ContactCentre.Bot.Scenarios.Running;

namespace ContactCentre.Bot.Hosting;

/// <summary>The product's sub-commands: `scenarios run`, later `nlu eval` and `users add`.</summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["scenarios", "nlu", "telegram", "users"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args)
    {
        // `dotnet run --project src/Bot` starts the process in the project's folder (the web SDK's RunWorkingDirectory);
        // the shell's PWD is where the user typed the command, so relative PATHs and --json FILE resolve from there.
        if (Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathFullyQualified(shell) && Directory.Exists(shell))
        {
            Environment.CurrentDirectory = shell;
        }

        return RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args is ["scenarios", "run", .. var rest])
        {
            return await ScenarioCommand.RunAsync(rest, output, error, cancellationToken);
        }

        if (args is ["nlu", "eval", .. var nluArgs])
        {
            return await Dialogs.Understanding.Evaluation.NluCommand.RunAsync(nluArgs, output, error, cancellationToken);
        }

        if (args is ["telegram", .. var telegramArgs])
        {
            return await Telegram.TelegramCommand.RunAsync(telegramArgs, output, error, cancellationToken);
        }

        if (args is ["users", .. var userArgs])
        {
            return await Identity.UsersCommand.RunAsync(userArgs, output, error, Console.In, cancellationToken);
        }

        await error.WriteLineAsync($"Unknown command '{string.Join(' ', args)}'.\n{ScenarioCommand.Usage}");
        return 2;
    }
}
