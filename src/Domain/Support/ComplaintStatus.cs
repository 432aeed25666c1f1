namespace ContactCentre.Domain.Support;

public enum ComplaintStatus
{
    Open,
    Resolved,
    Reopened,
}
