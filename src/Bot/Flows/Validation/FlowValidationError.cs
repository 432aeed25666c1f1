namespace ContactCentre.Bot.Flows.Validation;

/// <summary>One problem of a flow document: the node it is about (null for the document itself) and a message naming it.</summary>
public sealed record FlowValidationError(string? NodeId, string Message)
{
    public override string ToString() => Message;
}
