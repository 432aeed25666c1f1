using System.Globalization;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>
/// A tiny world for routing-rule tests: agents, customers (with their invoices and schedules),
/// parameters and a fixed "now" (default Tuesday 2026-03-10 10:00 in São Paulo). Every customer
/// added is a match of the contact, so zero customers is an anonymous prospect (R3) and two are
/// a duplicate (R4).
/// </summary>
public sealed class RoutingWorld
{
    /// <summary>Tuesday 2026-03-10 10:00 -03:00.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(-3));

    public static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById(BusinessCalendar.DefaultTimeZoneId);

    public static readonly BusinessCalendar Calendar = new(SaoPaulo, BrazilianHolidays.ForYears(2024, 2025, 2026, 2027));

    private readonly List<(Customer Customer, List<Invoice> Invoices, List<Schedule> Schedules)> _customers = [];
    private readonly List<Agent> _agents = [];

    public RoutingWorld(DateTimeOffset? now = null)
    {
        Now = now ?? DefaultNow;
    }

    /// <summary>Builds a world whose now is the given São Paulo local time ("2026-04-02T15:00").</summary>
    public static RoutingWorld AtLocal(string localIso) => new(Local(localIso));

    public DateTimeOffset Now { get; }

    public DateOnly Today => Calendar.DateOf(Now);

    public RoutingParameters Parameters { get; set; } = RoutingParameters.Default;

    public IReadOnlyList<Agent> Agents => _agents;

    /// <summary>A São Paulo local time ("2026-03-10T10:00") as an instant with the right offset.</summary>
    public static DateTimeOffset Local(string localIso)
    {
        var local = DateTime.ParseExact(localIso, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new DateTimeOffset(local, SaoPaulo.GetUtcOffset(local));
    }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public RoutingWorld WithParameter(string name, string value)
    {
        Parameters = Parameters.With([new KeyValuePair<string, string>(name, value)]);
        return this;
    }

    public Agent AddAgent(string id, AgentStatus status = AgentStatus.Available, Team team = Team.Sales)
    {
        var agent = new Agent { Id = id, Name = char.ToUpperInvariant(id[0]) + id[1..], Team = team, Status = status };
        _agents.Add(agent);
        return agent;
    }

    public Customer AddCustomer(string id = "c1", string? owner = null, bool campaign = false, decimal? campaignDiscount = null)
    {
        var customer = new Customer
        {
            Id = id,
            Name = "Cliente " + id,
            OwnerAgentId = owner,
            Campaign = campaign,
            CampaignDiscountPercent = campaignDiscount,
            CreatedAt = new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.FromHours(-3)),
        };
        _customers.Add((customer, [], []));
        return customer;
    }

    public Invoice AddInvoice(string number, string due, decimal amount = 100m, string customerId = "c1", InvoiceStatus status = InvoiceStatus.Open)
    {
        var invoice = new Invoice { Number = number, CustomerId = customerId, Amount = amount, Due = D(due), Status = status };
        Entry(customerId).Invoices.Add(invoice);
        return invoice;
    }

    /// <summary>A schedule owned by an agent (or by <paramref name="team"/>'s queue when given).</summary>
    public Schedule AddSchedule(
        string id,
        ScheduleTag tag,
        string created,
        string due,
        string? owner = "ana",
        string? product = "P1",
        bool validated = false,
        Team? team = null,
        string customerId = "c1")
    {
        var schedule = NewSchedule(id, tag, created, due, owner, product, validated, team, customerId);
        Entry(customerId).Schedules.Add(schedule);
        return schedule;
    }

    /// <summary>A schedule that belongs to no one in the world, for R5's and R10's functions.</summary>
    public static Schedule NewSchedule(
        string id,
        ScheduleTag tag,
        string created,
        string due,
        string? owner = "ana",
        string? product = "P1",
        bool validated = false,
        Team? team = null,
        string customerId = "c1") => new()
        {
            Id = id,
            CustomerId = customerId,
            Owner = team is { } t ? ScheduleOwner.OfTeam(t) : ScheduleOwner.OfAgent(owner!),
            Tag = tag,
            ProductCode = product,
            Created = D(created),
            Due = D(due),
            Validated = validated,
        };

    public CustomerRecord Record(string customerId = "c1")
    {
        var entry = Entry(customerId);
        return new CustomerRecord(entry.Customer, entry.Invoices, entry.Schedules);
    }

    /// <summary>Conversations each agent holds or is offered now (the live load routing compares with the cap).</summary>
    public Dictionary<string, int> Loads { get; } = new(StringComparer.Ordinal);

    public RoutingContext Context() =>
        new([.. _customers.Select(c => new CustomerRecord(c.Customer, c.Invoices, c.Schedules))], _agents, Parameters, Calendar, Now, Loads);

    public RoutingDecision Decide(RoutingRequest request) => RoutingPolicy.Decide(request, Context());

    public RoutingDecision Decide(RequestKind kind, string? product = null) => Decide(new RoutingRequest(kind, product));

    public ScheduleAssessment Assess(Schedule schedule) => R05ScheduleValidity.Assess(schedule, Calendar, Parameters, Now);

    /// <summary>
    /// "Every routing decision is explained": the expected rules fired, the explanation names every
    /// rule id that fired (as "Rn: …"), facts are present and the decision is stamped with now.
    /// </summary>
    public void AssertExplained(RoutingDecision decision, params string[] expectedRules)
    {
        Assert.Equal(Now, decision.At);
        Assert.NotEmpty(decision.RuleIds);
        Assert.NotEmpty(decision.Facts);
        Assert.False(string.IsNullOrWhiteSpace(decision.Explanation));
        foreach (var rule in expectedRules)
        {
            Assert.Contains(rule, decision.RuleIds);
        }

        foreach (var rule in decision.RuleIds)
        {
            Assert.Contains(rule + ": ", decision.Explanation, StringComparison.Ordinal);
        }

        Assert.Equal(decision.RuleIds.Count, decision.RuleIds.Distinct().Count());
    }

    private (Customer Customer, List<Invoice> Invoices, List<Schedule> Schedules) Entry(string customerId) =>
        _customers.Single(c => c.Customer.Id == customerId);
}
