namespace ContactCentre.Bot.Flows;

/// <summary>
/// A flow as managers edit it (YAML or JSON; schema at /schemas/flow.schema.json): its language
/// (intent examples, number and date words), its reply texts, and its nodes. <see cref="Start"/> runs on a
/// conversation's first message, <see cref="Main"/> on every later message that no prompt is waiting for.
/// </summary>
public sealed class FlowDocument
{
    public string Name { get; set; } = "";

    /// <summary>pt-BR (default), pt-PT or en: the replies' language, money and date format (flow ids: default, default.pt-PT, default.en).</summary>
    public string Language { get; set; } = "pt-BR";

    public string? Description { get; set; }
    public string Start { get; set; } = "";
    public string Main { get; set; } = "";

    /// <summary>Intents that interrupt any prompt, e.g. human → handoff-human, cancel → main.</summary>
    public Dictionary<string, string> Interrupts { get; set; } = [];

    public Dictionary<string, List<string>> Intents { get; set; } = [];
    public Dictionary<string, int> Numbers { get; set; } = [];

    /// <summary>Words joining a compound number's parts ("vinte e cinco", "one hundred and five"); none given: "e".</summary>
    public List<string>? NumberJoiners { get; set; }

    /// <summary>Date words (relative days, weekdays, months) for the understanding's date recogniser.</summary>
    public Dialogs.Understanding.FlowDates Dates { get; set; } = new();

    public Dictionary<string, string> Replies { get; set; } = [];
    public Dictionary<string, string> Teams { get; set; } = [];

    /// <summary>WhatsApp templates for messages outside the 24-hour window, by purpose.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    public List<FlowNode> Nodes { get; set; } = [];

    public FlowNode? Node(string id) => Nodes.FirstOrDefault(n => n.Id == id);

    /// <summary>A reply text by key with {placeholders} filled; a text that is not a key is used literally.</summary>
    public string Text(string keyOrText, IReadOnlyDictionary<string, string>? values = null)
    {
        var text = Replies.TryGetValue(keyOrText, out var template) ? template : keyOrText;
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
