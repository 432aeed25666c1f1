namespace ContactCentre.Domain.Routing;

public enum TargetKind
{
    Bot,
    Agent,
    Team,
}
