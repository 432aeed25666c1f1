namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>A panel operation's outcome: the value, or an HTTP status with the reason (and, for R5, the limit's name).</summary>
public sealed record PanelResult<T>(T? Value, int Status, string? Problem, string? Limit = null)
{
    public bool Ok => Status is >= 200 and < 300;

    public static PanelResult<T> Done(T value, int status = 200) => new(value, status, null);

    public static PanelResult<T> Fail(int status, string problem, string? limit = null) => new(default, status, problem, limit);
}
