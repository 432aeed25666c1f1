namespace ContactCentre.Bot.Flows;

/// <summary>One arm of a condition branch: when <see cref="When"/> holds, go to <see cref="Goto"/>.</summary>
public sealed class FlowCondition
{
    /// <summary>A predicate name (identified, has-open-invoices, quoted, …) or <c>var NAME</c> / <c>var NAME = VALUE</c>; prefix <c>not </c> to negate.</summary>
    public string When { get; set; } = "";

    public string Goto { get; set; } = "";
}
