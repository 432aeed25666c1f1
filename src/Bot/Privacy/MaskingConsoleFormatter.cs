using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace ContactCentre.Bot.Privacy;

/// <summary>
/// The console log format of the product ("level: category[event] message", exception below): the same lines as
/// the simple formatter, with personal data and secrets masked in the message and the exception text, so a log
/// shipped off the machine carries no customer's phone, e-mail or CPF/CNPJ and no credential.
/// </summary>
public sealed class MaskingConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "masked";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.WriteLine(']');
        if (!string.IsNullOrEmpty(message))
        {
            textWriter.Write("      ");
            textWriter.WriteLine(SensitiveDataMasker.Mask(message).ReplaceLineEndings(Environment.NewLine + "      "));
        }

        if (logEntry.Exception is not null)
        {
            textWriter.WriteLine(SensitiveDataMasker.Mask(logEntry.Exception.ToString()));
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
