namespace ContactCentre.Domain.Routing;

/// <summary>One editable rule parameter: its name (as in settings, scenarios and the studio), unit, default and rule.</summary>
public sealed record ParameterDefinition(
    string Name,
    string Unit,
    string Default,
    string Rule,
    string Description,
    Func<RoutingParameters, string, RoutingParameters> Apply,
    Func<RoutingParameters, string> Read);
