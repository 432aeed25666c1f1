using System.Text.RegularExpressions;
using ContactCentre.Bot.Dialogs;

namespace ContactCentre.Bot.Flows.Validation;

/// <summary>
/// Checks a flow document before it runs (on load, on save, on publish): every error names the node it is
/// about, so a manager can find it. An empty list means the flow is fit to publish.
/// </summary>
public static partial class FlowValidator
{
    /// <summary>The node the engine runs after an agent hands a conversation back (reachable by definition).</summary>
    public const string AfterHandoffNode = "after-handoff";

    /// <summary>The prompt a customer's answer to a follow-up the bot sent goes to (reachable by definition).</summary>
    public const string FollowUpAnswerNode = "follow-up-answer";

    /// <summary>Variables that actions write into the dialog's memory (besides every ask node's <c>variable</c>).</summary>
    public static IReadOnlyList<string> ActionVariables { get; } = ["quote", "quoteTotal", "protocol", "kb-answered", "debt-waived", "opted-out", "follow-up-product", "campaign", "product"];

    /// <summary>Placeholders that actions fill when they speak (<c>{customer}</c> is filled on every reply).</summary>
    public static IReadOnlyList<string> BuiltInPlaceholders { get; } =
        ["customer", "agent", "team", "products", "due", "total", "percent", "discount", "number", "amount", "line", "pix", "link", "product", "owner"];

    /// <summary>Validates against the actions the engine runs.</summary>
    public static IReadOnlyList<FlowValidationError> Validate(FlowDocument flow, IEnumerable<IFlowAction> actions)
    {
        var list = actions.ToList();
        return Validate(flow, [.. list.Select(a => a.Name)], list.ToDictionary(a => a.Name, a => a.Outcomes, StringComparer.Ordinal));
    }

    public static IReadOnlyList<FlowValidationError> Validate(
        FlowDocument flow,
        IReadOnlyCollection<string> actionNames,
        IReadOnlyDictionary<string, IReadOnlyList<string>> actionOutcomes)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(actionNames);
        ArgumentNullException.ThrowIfNull(actionOutcomes);
        return new Run(flow, actionNames, actionOutcomes).Check();
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_\-]+)\}")]
    private static partial Regex Placeholder();

    private sealed class Run(FlowDocument flow, IReadOnlyCollection<string> actionNames, IReadOnlyDictionary<string, IReadOnlyList<string>> actionOutcomes)
    {
        private readonly List<FlowValidationError> _errors = [];
        private readonly List<FlowNode> _nodes = [.. (flow.Nodes ?? []).Where(n => n is not null)];
        private readonly Dictionary<string, FlowNode> _byId = new(StringComparer.Ordinal);
        private readonly HashSet<string> _intentsWithExamples = new(StringComparer.Ordinal);
        private readonly HashSet<string> _variables = new(StringComparer.Ordinal);

        public IReadOnlyList<FlowValidationError> Check()
        {
            foreach (var node in _nodes.Where(n => !string.IsNullOrWhiteSpace(n.Id)))
            {
                _byId.TryAdd(node.Id, node);
            }

            foreach (var (intent, examples) in flow.Intents ?? [])
            {
                if (examples?.Any(e => !string.IsNullOrWhiteSpace(e)) == true)
                {
                    _intentsWithExamples.Add(intent);
                }
            }

            _variables.UnionWith(ActionVariables);
            _variables.UnionWith(_nodes.Where(n => n.Type == FlowNodeType.Ask && !string.IsNullOrWhiteSpace(n.Variable)).Select(n => n.Variable!.Trim()));

            CheckDocument();
            for (var i = 0; i < _nodes.Count; i++)
            {
                CheckNode(_nodes[i], i);
            }

            CheckReachability();
            return _errors;
        }

        private void Error(string? node, string message) => _errors.Add(new FlowValidationError(node, message));

        private bool IsNode(string? id) => id is not null && _byId.ContainsKey(id);

        private void CheckDocument()
        {
            if (string.IsNullOrWhiteSpace(flow.Name))
            {
                Error(null, "The flow has no name.");
            }

            CheckEntry("start", flow.Start, "the node that runs on a conversation's first message");
            CheckEntry("main", flow.Main, "the node that runs on every later message no prompt waits for");

            foreach (var (intent, target) in flow.Interrupts ?? [])
            {
                if (!IsNode(target))
                {
                    Error(null, $"Interrupt '{intent}' goes to '{target}', which is not a node.");
                }

                if (!_intentsWithExamples.Contains(intent))
                {
                    Error(null, $"Interrupt '{intent}' names an intent with no examples in intents (it could never be recognised).");
                }
            }

            foreach (var (intent, examples) in flow.Intents ?? [])
            {
                if (examples?.Any(e => !string.IsNullOrWhiteSpace(e)) != true)
                {
                    Error(null, $"Intent '{intent}' has no examples.");
                }
            }

            foreach (var group in _nodes.Where(n => !string.IsNullOrWhiteSpace(n.Id)).GroupBy(n => n.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Error(group.Key, $"Node '{group.Key}' is defined {group.Count()} times; node ids must be unique.");
            }
        }

        private void CheckEntry(string key, string? target, string meaning)
        {
            if (string.IsNullOrWhiteSpace(target))
            {
                Error(null, $"The flow has no {key} node ({key}: {meaning}).");
            }
            else if (!IsNode(target))
            {
                Error(null, $"{key} names '{target}', which is not a node.");
            }
        }

        private void CheckNode(FlowNode node, int index)
        {
            if (string.IsNullOrWhiteSpace(node.Id))
            {
                Error(null, $"Node #{index + 1} (type '{node.Type}') has no id.");
                return;
            }

            var id = node.Id;
            CheckTarget(id, "next", node.Next);
            CheckTarget(id, "onFail", node.OnFail);
            CheckTarget(id, "default", node.Default);
            CheckTarget(id, "target", node.Target);
            foreach (var (intent, target) in node.Cases ?? [])
            {
                CheckTarget(id, $"case '{intent}'", target);
            }

            foreach (var (outcome, target) in node.Outcomes ?? [])
            {
                CheckTarget(id, $"outcome '{outcome}'", target);
            }

            foreach (var condition in node.Conditions ?? [])
            {
                if (string.IsNullOrWhiteSpace(condition.Goto))
                {
                    Error(id, $"Node '{id}': condition '{condition.When}' has no goto.");
                }
                else
                {
                    CheckTarget(id, $"condition '{condition.When}'", condition.Goto);
                }
            }

            switch (node.Type)
            {
                case FlowNodeType.Say:
                    if (string.IsNullOrWhiteSpace(node.Text))
                    {
                        Error(id, $"Node '{id}' (say) has no text.");
                    }

                    CheckPlaceholders(id, node.Text);
                    break;
                case FlowNodeType.Ask:
                    CheckAsk(node);
                    break;
                case FlowNodeType.Branch:
                    CheckBranch(node);
                    break;
                case FlowNodeType.Action:
                    CheckAction(node);
                    break;
                case FlowNodeType.Call:
                    if (string.IsNullOrWhiteSpace(node.Target))
                    {
                        Error(id, $"Node '{id}' (call) has no target.");
                    }

                    break;
                case FlowNodeType.Return or FlowNodeType.End:
                    break;
                case null or "":
                    Error(id, $"Node '{id}' has no type (expected one of {string.Join(", ", FlowNodeType.All)}).");
                    break;
                default:
                    Error(id, $"Node '{id}' has unknown type '{node.Type}' (expected one of {string.Join(", ", FlowNodeType.All)}).");
                    break;
            }
        }

        private void CheckTarget(string id, string what, string? target)
        {
            if (!string.IsNullOrEmpty(target) && !IsNode(target))
            {
                Error(id, $"Node '{id}': {what} goes to '{target}', which is not a node.");
            }
        }

        private void CheckAsk(FlowNode node)
        {
            var id = node.Id;
            if (string.IsNullOrWhiteSpace(node.Variable))
            {
                Error(id, $"Node '{id}' (ask) has no variable to store the answer in.");
            }

            if (string.IsNullOrWhiteSpace(node.Text))
            {
                Error(id, $"Node '{id}' (ask) has no text to ask with.");
            }

            if (node.Kind is { } kind && !AskKind.All.Contains(kind))
            {
                Error(id, $"Node '{id}' (ask) has unknown kind '{kind}' (expected one of {string.Join(", ", AskKind.All)}).");
            }

            if (node.Kind == AskKind.Choice && node.Choices?.Any(c => !string.IsNullOrWhiteSpace(c)) != true)
            {
                Error(id, $"Node '{id}' (ask, kind choice) has no choices.");
            }

            CheckPlaceholders(id, node.Text);
            CheckPlaceholders(id, node.Retry);
        }

        private void CheckBranch(FlowNode node)
        {
            var id = node.Id;
            switch (node.On)
            {
                case "intent":
                    foreach (var intent in node.Cases?.Keys ?? Enumerable.Empty<string>())
                    {
                        if (!_intentsWithExamples.Contains(intent))
                        {
                            Error(id, $"Node '{id}' branches on intent '{intent}', which has no examples in intents.");
                        }
                    }

                    break;
                case "condition":
                    foreach (var condition in node.Conditions ?? [])
                    {
                        CheckCondition(id, condition.When);
                    }

                    break;
                default:
                    Error(id, $"Node '{id}' (branch) branches on '{node.On}' (expected intent or condition).");
                    break;
            }
        }

        private void CheckCondition(string id, string? when)
        {
            if (string.IsNullOrWhiteSpace(when))
            {
                Error(id, $"Node '{id}' has a condition with no when.");
                return;
            }

            if (!ConditionEvaluator.IsKnown(when))
            {
                Error(id, $"Node '{id}' branches on unknown condition '{when}' (expected one of {string.Join(", ", ConditionEvaluator.Predicates)}, var NAME, var NAME = VALUE or intent NAME, each may start with not).");
                return;
            }

            var text = when.Trim();
            while (text.StartsWith("not ", StringComparison.Ordinal))
            {
                text = text[4..].Trim();
            }

            if (text.StartsWith("var ", StringComparison.Ordinal))
            {
                var name = text[4..].Split('=', 2)[0].Trim();
                if (name.Length == 0)
                {
                    Error(id, $"Node '{id}' condition '{when}' names no variable.");
                }
                else if (!_variables.Contains(name))
                {
                    Error(id, $"Node '{id}' condition '{when}' uses variable '{name}', which no ask node or action sets.");
                }
            }
            else if (text.StartsWith("intent ", StringComparison.Ordinal))
            {
                var intent = text[7..].Trim();
                if (!_intentsWithExamples.Contains(intent))
                {
                    Error(id, $"Node '{id}' condition '{when}' names intent '{intent}', which has no examples in intents.");
                }
            }
        }

        private void CheckAction(FlowNode node)
        {
            var id = node.Id;
            if (string.IsNullOrWhiteSpace(node.Action))
            {
                Error(id, $"Node '{id}' (action) names no action.");
                return;
            }

            if (!actionNames.Contains(node.Action))
            {
                Error(id, $"Node '{id}' uses unknown action '{node.Action}' (known: {string.Join(", ", actionNames.Order(StringComparer.Ordinal))}).");
                return;
            }

            var outcomes = actionOutcomes.GetValueOrDefault(node.Action) ?? [];
            foreach (var outcome in node.Outcomes?.Keys ?? Enumerable.Empty<string>())
            {
                if (!outcomes.Contains(outcome))
                {
                    Error(id, $"Node '{id}': action '{node.Action}' has no outcome '{outcome}' (its outcomes: {string.Join(", ", outcomes)}).");
                }
            }
        }

        /// <summary>A say/ask text is a reply key or literal text; each {placeholder} in it must be something the dialog knows.</summary>
        private void CheckPlaceholders(string id, string? keyOrText)
        {
            if (string.IsNullOrEmpty(keyOrText))
            {
                return;
            }

            var text = (flow.Replies ?? []).TryGetValue(keyOrText, out var reply) ? reply ?? "" : keyOrText;
            foreach (var name in Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
            {
                if (!_variables.Contains(name) && !BuiltInPlaceholders.Contains(name))
                {
                    Error(id, $"Node '{id}' text '{keyOrText}' uses {{{name}}}, which no ask node or action sets.");
                }
            }
        }

        private void CheckReachability()
        {
            var roots = new List<string?> { flow.Start, flow.Main };
            roots.AddRange((flow.Interrupts ?? []).Values);
            roots.AddRange(new[] { AfterHandoffNode, FollowUpAnswerNode }.Where(IsNode));

            var reached = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>(roots.Where(IsNode).Select(r => r!));
            while (queue.TryDequeue(out var id))
            {
                if (reached.Add(id))
                {
                    foreach (var target in _byId[id].Targets().Where(t => IsNode(t) && !reached.Contains(t)))
                    {
                        queue.Enqueue(target);
                    }
                }
            }

            foreach (var id in _byId.Keys.Where(id => !reached.Contains(id)))
            {
                Error(id, $"Node '{id}' is unreachable: no path leads to it from start, main, an interrupt or {AfterHandoffNode}.");
            }
        }
    }
}
