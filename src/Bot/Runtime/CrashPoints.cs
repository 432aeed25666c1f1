namespace ContactCentre.Bot.Runtime;

/// <summary>
/// Named points where the crash tests kill the host (env CC_CRASH_AT=name). When reached, the
/// process says so on stdout and waits to be SIGKILLed, so the test decides the exact moment.
/// Inert unless the variable is set.
/// </summary>
public sealed class CrashPoints
{
    public const string BeforeCommit = "before-commit";
    public const string AfterCommit = "after-commit";
    public const string AfterProviderAccepted = "after-provider-accepted";

    private readonly string? _armed = Environment.GetEnvironmentVariable("CC_CRASH_AT");
    private int _hit;

    public void Hit(string point)
    {
        if (_armed is null || !string.Equals(_armed, point, StringComparison.Ordinal) || Interlocked.Exchange(ref _hit, 1) == 1)
        {
            return;
        }

        Console.Out.WriteLine($"CRASHPOINT {point}");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
