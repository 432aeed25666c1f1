using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>Flow names of the routing policy's request kinds (the default flow's intent names).</summary>
public static class RequestKinds
{
    public static IReadOnlyDictionary<string, RequestKind> Names { get; } = new Dictionary<string, RequestKind>(StringComparer.Ordinal)
    {
        ["price"] = RequestKind.PriceRequest,
        ["buy"] = RequestKind.Buy,
        ["undecided"] = RequestKind.Undecided,
        ["recontract"] = RequestKind.Recontract,
        ["complaint"] = RequestKind.Complaint,
        ["reopen"] = RequestKind.ReopenComplaint,
        ["support"] = RequestKind.SupportQuestion,
        ["training"] = RequestKind.TrainingRequest,
        ["billing"] = RequestKind.Billing,
        ["human"] = RequestKind.Human,
        ["sensitive-change"] = RequestKind.SensitiveChange,
        ["other"] = RequestKind.Other,
    };

    public static RequestKind? From(string? name) => name is not null && Names.TryGetValue(name, out var kind) ? kind : null;
}
