using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Runtime;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs;

/// <summary>
/// Runs the active flow for one turn: continues the prompt waiting for an answer (validate, re-prompt,
/// give up), or starts at the flow's start/main node, and walks nodes until one waits for the customer.
/// Interrupt intents ("falar com atendente", "cancelar") win over any prompt. The dialog stack and
/// variables live in the conversation's state, written in the turn's transaction.
/// </summary>
public sealed class DialogEngine(IFlowCatalog flows, IEnumerable<IFlowAction> actions, PriceListCache priceList) : ITurnHandler
{
    private const int MaxStepsPerTurn = 64;
    private readonly Dictionary<string, IFlowAction> _actions = actions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public const string DefaultFlowName = "default";

    public IReadOnlyCollection<string> ActionNames => _actions.Keys;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = DialogState.From(turn.Conversation.StateJson);
        var flow = state.Flow is { } running
            ? await flows.GetActiveAsync(running, cancellationToken)
            : await Languages.ConversationLanguage.StartAsync(flows, turn, DefaultFlowName, cancellationToken);
        var products = await priceList.ActiveProductsAsync(cancellationToken);
        var text = turn.Inbound?.Text?.Trim() ?? "";
        var message = TurnUnderstanding.Of(text, flow, products, turn.Calendar.DateOf(turn.Now));
        var flowTurn = new FlowTurn(turn, flow, state, message, products);
        state.Flow ??= flow.Document.Name;
        state.FlowVersion = flow.Version;

        string? next;
        if (text.Length == 0 && turn.Inbound?.Attachments.Count > 0)
        {
            // Audio and images are kept in the transcript for agents; the bot asks for text politely.
            flowTurn.Say("media");
            next = null;
        }
        else if (Interrupt(flow.Document, message) is { } interrupt && state.Started)
        {
            state.Pending = null;
            state.Stack.Clear();
            next = interrupt;
        }
        else if (state.Pending is { } pending && flow.Document.Node(pending.NodeId) is { } asked)
        {
            next = Answer(flowTurn, asked, pending);
        }
        else
        {
            next = state.Started ? flow.Document.Main : flow.Document.Start;
            state.Started = true;
        }

        await RunAsync(flowTurn, next, cancellationToken);

        // R2: whenever the customer is known and has open invoices, they are told once per conversation.
        if (turn.Customer is { } customer)
        {
            Actions.InvoiceAnnouncer.Announce(flowTurn, customer.OpenInvoices.Select(i => i.Number));
        }

        turn.Conversation.StateJson = state.ToJson();
    }

    /// <summary>After an agent hands the conversation back, the flow's <c>afterHandoff</c> node runs (the satisfaction question).</summary>
    public async Task ResumeAfterHandoffAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = DialogState.From(turn.Conversation.StateJson);
        var flow = await flows.GetActiveAsync(state.Flow ?? DefaultFlowName, cancellationToken);
        var flowTurn = new FlowTurn(turn, flow, state, TurnUnderstanding.Of("", flow, [], turn.Calendar.DateOf(turn.Now)), []);
        state.Pending = null;
        state.Stack.Clear();
        state.Started = true;
        await RunAsync(flowTurn, flow.Document.Node("after-handoff") is null ? null : "after-handoff", cancellationToken);
        turn.Conversation.StateJson = state.ToJson();
    }

    private static string? Interrupt(FlowDocument flow, TurnUnderstanding message) =>
        message.Intent is { Score: >= 0.5 } intent && flow.Interrupts.TryGetValue(intent.Intent, out var target) ? target : null;

    /// <summary>Continues a prompt: a valid answer is stored and the flow goes on; an invalid one is re-asked, then given up.</summary>
    private static string? Answer(FlowTurn turn, FlowNode asked, PendingPrompt pending)
    {
        var value = PromptValidator.Validate(asked, turn.Message);
        if (value is not null)
        {
            turn.State.Pending = null;
            turn.State.Variables[asked.Variable!] = value;
            return asked.Next;
        }

        if (pending.Retries + 1 > asked.MaxRetries)
        {
            turn.State.Pending = null;
            return asked.OnFail ?? turn.Document.Interrupts.GetValueOrDefault("human") ?? turn.Document.Main;
        }

        turn.Say(asked.Retry ?? asked.Text ?? "notUnderstood", actions: ChoiceButtons(asked));
        turn.State.Pending = pending with { Retries = pending.Retries + 1 };
        return null;
    }

    private async Task RunAsync(FlowTurn turn, string? nodeId, CancellationToken cancellationToken)
    {
        for (var step = 0; nodeId is not null; step++)
        {
            if (step == MaxStepsPerTurn)
            {
                throw new InvalidOperationException($"Flow '{turn.Document.Name}' ran {MaxStepsPerTurn} nodes in one turn without waiting (a loop at '{nodeId}').");
            }

            var node = turn.Document.Node(nodeId) ?? throw new InvalidOperationException($"Flow '{turn.Document.Name}' has no node '{nodeId}'.");
            nodeId = node.Type switch
            {
                FlowNodeType.Say => Say(turn, node),
                FlowNodeType.Ask => Ask(turn, node),
                FlowNodeType.Branch => Branch(turn, node),
                FlowNodeType.Action => await ActAsync(turn, node, cancellationToken),
                FlowNodeType.Call => Call(turn, node),
                FlowNodeType.Return => Return(turn),
                _ => End(turn),
            };
        }
    }

    private static string? Say(FlowTurn turn, FlowNode node)
    {
        turn.Say(node.Text ?? "", actions: ChoiceButtons(node));
        return node.Next;
    }

    /// <summary>A value already given in the same message fills the slot (no question asked twice).</summary>
    private static string? Ask(FlowTurn turn, FlowNode node)
    {
        if (node.Kind is not (AskKind.Text or AskKind.Confirm or AskKind.Choice or AskKind.Number) && PromptValidator.Validate(node, turn.Message) is { } value)
        {
            turn.State.Variables[node.Variable!] = value;
            return node.Next;
        }

        turn.Say(node.Text ?? "", actions: ChoiceButtons(node));
        turn.State.Pending = new PendingPrompt(node.Id, 0);
        return null;
    }

    private static string? Branch(FlowTurn turn, FlowNode node)
    {
        if (node.On == "intent")
        {
            return turn.Message.IntentName is { } intent && node.Cases?.TryGetValue(intent, out var target) == true ? target : node.Default;
        }

        return node.Conditions?.FirstOrDefault(c => ConditionEvaluator.Evaluate(c.When, turn))?.Goto ?? node.Default;
    }

    private async Task<string?> ActAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var action = _actions.GetValueOrDefault(node.Action ?? "")
            ?? throw new InvalidOperationException($"Flow '{turn.Document.Name}' node '{node.Id}' uses unknown action '{node.Action}'.");
        var outcome = await action.RunAsync(turn, node, cancellationToken);
        return node.Outcomes?.GetValueOrDefault(outcome) ?? node.Next;
    }

    private static string? Call(FlowTurn turn, FlowNode node)
    {
        turn.State.Stack.Add(new DialogFrame(node.Next ?? ""));
        return node.Target;
    }

    private static string? Return(FlowTurn turn)
    {
        if (turn.State.Stack.Count == 0)
        {
            return null;
        }

        var frame = turn.State.Stack[^1];
        turn.State.Stack.RemoveAt(turn.State.Stack.Count - 1);
        return string.IsNullOrEmpty(frame.ReturnTo) ? null : frame.ReturnTo;
    }

    private static string? End(FlowTurn turn)
    {
        turn.State.Stack.Clear();
        return null;
    }

    private static IReadOnlyList<Channels.Abstractions.CardAction>? ChoiceButtons(FlowNode node) =>
        node.Choices is { Count: > 0 } choices ? [.. choices.Select(c => new Channels.Abstractions.CardAction(c, c))] : null;
}
