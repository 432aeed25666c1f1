using System.Text.RegularExpressions;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Reads a turn's <c>expect:</c> (the contract's Expectations table).</summary>
internal static class ExpectationsReader
{
    private static readonly string[] ExpectKeys =
    [
        "reply", "invoices_mentioned", "quote", "handoff", "rules", "schedule_created",
        "schedule_removed", "commission", "protocol", "delivered", "logged", "follow_up",
    ];

    private static readonly string[] ReplyKeys = ["contains", "matches", "not_contains", "silent"];
    private static readonly string[] QuoteKeys = ["total", "items"];
    private static readonly string[] QuoteItemKeys = ["product", "quantity"];
    private static readonly string[] ScheduleKeys = ["tag", "due", "owner"];
    private static readonly string[] CommissionKeys = ["to", "rule"];
    private static readonly string[] DeliveredKeys = ["channel", "contains"];
    private static readonly string[] LoggedKeys = ["reason"];
    private static readonly string[] FollowUpKeys = ["status", "channel"];

    private static readonly Dictionary<string, string> ExpectHints = ReplyKeys.ToDictionary(
        key => key, key => $"'{key}' belongs under 'reply', e.g. reply: {{ {key}: ... }}", StringComparer.Ordinal);

    /// <summary>Reads the expectations, or <see cref="ScenarioExpectations.None"/> when <paramref name="field"/> is null.</summary>
    public static ScenarioExpectations Read(YamlField? field, WorldIndex index)
    {
        if (field is null)
        {
            return ScenarioExpectations.None;
        }

        var map = field.Map(ExpectKeys, ExpectHints);
        return new ScenarioExpectations
        {
            Reply = map.Optional("reply") is { } reply ? Reply(reply.Map(ReplyKeys)) : null,
            InvoicesMentioned = map.Optional("invoices_mentioned")?.Items(allowSingleScalar: true).Select(index.Invoice).ToList().AsReadOnly(),
            Quote = map.Optional("quote") is { } quote ? Quote(quote.Map(QuoteKeys), index) : null,
            Handoff = map.Optional("handoff") is { } handoff ? HandoffReader.Read(handoff, index) : null,
            Rules = map.Optional("rules")?.TextList(),
            ScheduleCreated = map.Optional("schedule_created") is { } created ? ScheduleCreated(created.Map(ScheduleKeys), index) : null,
            ScheduleRemoved = map.Optional("schedule_removed") is { } removed ? index.Schedule(removed) : null,
            Commission = map.Optional("commission") is { } commission ? Commission(commission.Map(CommissionKeys), index) : null,
            Protocol = map.Optional("protocol")?.Bool(),
            Delivered = map.Optional("delivered") is { } delivered ? Delivered(delivered.Map(DeliveredKeys)) : null,
            Logged = map.Optional("logged") is { } logged
                ? new ScenarioLogExpectation { Reason = logged.Map(LoggedKeys).Required("reason").Text() }
                : null,
            FollowUp = map.Optional("follow_up") is { } followUp ? FollowUp(followUp.Map(FollowUpKeys)) : null,
        };
    }

    private static ScenarioFollowUpExpectation FollowUp(YamlMap map) => new()
    {
        Status = map.Required("status").OneOf(ScenarioFollowUpExpectation.Statuses),
        Channel = map.Optional("channel")?.OneOf(ScenarioVocabulary.Channels),
    };

    private static ScenarioReplyExpectation Reply(YamlMap map)
    {
        var silent = map.Optional("silent")?.Bool();
        if (silent == true && (map.Optional("contains") ?? map.Optional("matches")) is { } conflicting)
        {
            throw conflicting.Fail("contradicts 'silent: true' (a silent turn has no reply to match)");
        }

        return new ScenarioReplyExpectation
        {
            Contains = map.Optional("contains")?.TextList() ?? [],
            Matches = map.Optional("matches") is { } matches ? Regex(matches) : null,
            NotContains = map.Optional("not_contains")?.TextList() ?? [],
            Silent = silent,
        };
    }

    private static string Regex(YamlField field)
    {
        var pattern = field.Text();
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return pattern;
        }
        catch (ArgumentException e)
        {
            throw field.Fail($"'{pattern}' is not a valid .NET regular expression: {e.Message}");
        }
    }

    private static ScenarioQuoteExpectation Quote(YamlMap map, WorldIndex index) => new()
    {
        Total = map.Optional("total")?.Money(),
        Items = map.Optional("items")?.MapList(QuoteItemKeys).Select(item => new ScenarioQuoteItem
        {
            Product = index.Product(item.Required("product")),
            Quantity = item.Optional("quantity")?.PositiveInt(),
        }).ToList().AsReadOnly() ?? [],
    };

    private static ScenarioScheduleExpectation ScheduleCreated(YamlMap map, WorldIndex index) => new()
    {
        Tag = map.Required("tag").OneOf(ScenarioVocabulary.ScheduleTags),
        Due = map.Required("due").Date(),
        Owner = map.Optional("owner") is { } owner ? index.AgentOrTeam(owner) : null,
    };

    private static ScenarioCommissionExpectation Commission(YamlMap map, WorldIndex index) => new()
    {
        To = index.Agent(map.Required("to")),
        Rule = map.Required("rule").Text(),
    };

    private static ScenarioDeliveryExpectation Delivered(YamlMap map) => new()
    {
        Channel = map.Optional("channel")?.OneOf(ScenarioVocabulary.Channels),
        Contains = map.Required("contains").TextList(),
    };
}
