namespace ContactCentre.Bot.Studio.Access;

/// <summary>What an API key may be allowed to do; a manager signed in may do all of it.</summary>
public static class StudioScopes
{
    /// <summary>Flows: read, save drafts, validate, test, publish, roll back.</summary>
    public const string Flows = "flows";

    /// <summary>Price list, rule parameters, calendar, knowledge base, canned replies, templates.</summary>
    public const string Catalogue = "catalogue";

    /// <summary>Analytics figures and CSV exports.</summary>
    public const string Analytics = "analytics";

    /// <summary>Customers, invoices, schedules and agents: upserts and CSV imports.</summary>
    public const string Data = "data";

    /// <summary>Outbound webhook subscriptions.</summary>
    public const string Webhooks = "webhooks";

    /// <summary>Keys themselves and users are managed by signed-in managers only: no key scope grants them.</summary>
    public const string ManagerOnly = "manager";

    public static IReadOnlyList<string> All { get; } = [Flows, Catalogue, Analytics, Data, Webhooks];

    /// <summary>The authorization policy for one scope.</summary>
    public static string Policy(string scope) => $"Studio:{scope}";
}
