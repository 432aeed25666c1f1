using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Flows.Validation;

namespace ContactCentre.Bot.Tests.Flows;

/// <summary>Each validation error, with its message naming the node, on a small valid flow broken one way at a time.</summary>
public sealed class FlowValidatorTests
{
    private const string Valid = """
        name: test
        start: hello
        main: route
        interrupts:
          human: handoff
        intents:
          price: [quanto custa, qual o valor]
          human: [falar com atendente]
        replies:
          hello: "Olá, {customer}!"
          thanks: "Obrigado, {name}. Protocolo {protocol}."
        nodes:
          - { id: hello, type: say, text: hello, next: route }
          - id: route
            type: branch
            on: intent
            cases: { price: quote }
            default: ask-name
          - { id: ask-name, type: ask, kind: text, variable: name, text: "Qual é o seu nome?", retry: "Seu nome, por favor?", onFail: end, next: greet }
          - { id: greet, type: say, text: "Prazer, {name}!", next: check }
          - id: check
            type: branch
            on: condition
            conditions:
              - { when: var name, goto: help }
              - { when: not identified, goto: end }
            default: end
          - { id: help, type: call, target: help-text, next: thanks }
          - { id: help-text, type: say, text: "Posso passar valores.", next: back }
          - { id: back, type: return }
          - { id: thanks, type: say, text: thanks, next: end }
          - id: quote
            type: action
            action: quote-price
            outcomes: { no-product: end }
            next: end
          - { id: handoff, type: action, action: route, with: { request: human }, next: end }
          - { id: end, type: end }
        """;

    private static FlowDocument Flow() => FlowParser.Parse(Valid, "test.flow.yaml");

    private static FlowNode Node(FlowDocument flow, string id) => flow.Nodes.Single(n => n.Id == id);

    private static IReadOnlyList<FlowValidationError> Validate(FlowDocument flow) => FlowTestActions.Validate(flow);

    private static void AssertError(FlowDocument flow, string? node, string message)
    {
        var errors = Validate(flow);
        Assert.True(
            errors.Contains(new FlowValidationError(node, message)),
            $"Expected ({node ?? "flow"}) \"{message}\"; got:\n{string.Join("\n", errors.Select(e => $"({e.NodeId ?? "flow"}) {e.Message}"))}");
        if (node is not null)
        {
            Assert.Contains($"'{node}'", message, StringComparison.Ordinal);
        }
    }

    private static void AssertOnlyError(FlowDocument flow, string? node, string message) =>
        Assert.Equal([new FlowValidationError(node, message)], Validate(flow));

    [Fact]
    public void ValidFlow_HasNoErrors() => Assert.Empty(Validate(Flow()));

    [Fact]
    public void DefaultFlow_Embedded_HasNoErrors()
    {
        var errors = Validate(FlowParser.LoadEmbedded());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)));
    }

    [Fact]
    public void MissingName_IsAnError()
    {
        var flow = Flow();
        flow.Name = "";

        AssertOnlyError(flow, null, "The flow has no name.");
    }

    [Fact]
    public void MissingStart_IsAnError()
    {
        var flow = Flow();
        flow.Start = "";

        AssertError(flow, null, "The flow has no start node (start: the node that runs on a conversation's first message).");
    }

    [Fact]
    public void MissingMain_IsAnError()
    {
        var flow = Flow();
        flow.Main = "";

        AssertError(flow, null, "The flow has no main node (main: the node that runs on every later message no prompt waits for).");
    }

    [Fact]
    public void StartNotANode_IsAnError()
    {
        var flow = Flow();
        flow.Start = "welcome";

        AssertError(flow, null, "start names 'welcome', which is not a node.");
    }

    [Fact]
    public void MainNotANode_IsAnError()
    {
        var flow = Flow();
        flow.Main = "router";

        AssertOnlyError(flow, null, "main names 'router', which is not a node.");
    }

    [Fact]
    public void InterruptTargetNotANode_IsAnError()
    {
        var flow = Flow();
        flow.Interrupts["human"] = "agent";

        AssertError(flow, null, "Interrupt 'human' goes to 'agent', which is not a node.");
    }

    [Fact]
    public void InterruptIntentWithoutExamples_IsAnError()
    {
        var flow = Flow();
        flow.Interrupts["cancel"] = "route";

        AssertOnlyError(flow, null, "Interrupt 'cancel' names an intent with no examples in intents (it could never be recognised).");
    }

    [Fact]
    public void DuplicateNodeId_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        flow.Nodes.Add(new FlowNode { Id = "greet", Type = FlowNodeType.Say, Text = "Oi de novo", Next = "end" });

        AssertOnlyError(flow, "greet", "Node 'greet' is defined 2 times; node ids must be unique.");
    }

    [Fact]
    public void UnknownNodeType_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "greet").Type = "speak";

        AssertOnlyError(flow, "greet", "Node 'greet' has unknown type 'speak' (expected one of say, ask, branch, action, call, return, end).");
    }

    [Fact]
    public void MissingNodeType_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "greet").Type = "";

        AssertOnlyError(flow, "greet", "Node 'greet' has no type (expected one of say, ask, branch, action, call, return, end).");
    }

    [Fact]
    public void NodeWithoutId_IsAnErrorNamingItsPosition()
    {
        var flow = Flow();
        flow.Nodes.Add(new FlowNode { Type = FlowNodeType.End });

        AssertOnlyError(flow, null, $"Node #{flow.Nodes.Count} (type 'end') has no id.");
    }

    [Theory]
    [InlineData("next")]
    [InlineData("default")]
    [InlineData("case")]
    [InlineData("outcome")]
    [InlineData("condition")]
    [InlineData("onFail")]
    [InlineData("target")]
    public void TargetNamingNoNode_IsAnErrorNamingTheNodeAndTheField(string field)
    {
        var flow = Flow();
        var (node, message) = field switch
        {
            "next" => Set(Node(flow, "hello"), n => n.Next = "rout", "Node 'hello': next goes to 'rout', which is not a node."),
            "default" => Set(Node(flow, "check"), n => n.Default = "fim", "Node 'check': default goes to 'fim', which is not a node."),
            "case" => Set(Node(flow, "route"), n => n.Cases!["human"] = "atendente", "Node 'route': case 'human' goes to 'atendente', which is not a node."),
            "outcome" => Set(Node(flow, "quote"), n => n.Outcomes!["no-product"] = "sem-produto", "Node 'quote': outcome 'no-product' goes to 'sem-produto', which is not a node."),
            "condition" => Set(Node(flow, "check"), n => n.Conditions!.Add(new FlowCondition { When = "always", Goto = "ajuda" }), "Node 'check': condition 'always' goes to 'ajuda', which is not a node."),
            "onFail" => Set(Node(flow, "ask-name"), n => n.OnFail = "desistir", "Node 'ask-name': onFail goes to 'desistir', which is not a node."),
            _ => Set(Node(flow, "help"), n => n.Target = "texto", "Node 'help': target goes to 'texto', which is not a node."),
        };

        AssertError(flow, node, message);
    }

    private static (string Node, string Message) Set(FlowNode node, Action<FlowNode> change, string message)
    {
        change(node);
        return (node.Id, message);
    }

    [Fact]
    public void ConditionWithoutGoto_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "check").Conditions!.Add(new FlowCondition { When = "always" });

        AssertOnlyError(flow, "check", "Node 'check': condition 'always' has no goto.");
    }

    [Fact]
    public void UnreachableNode_IsAnErrorNamingIt()
    {
        var flow = Flow();
        flow.Nodes.Add(new FlowNode { Id = "orphan", Type = FlowNodeType.Say, Text = "Ninguém chega aqui", Next = "end" });

        AssertOnlyError(flow, "orphan", "Node 'orphan' is unreachable: no path leads to it from start, main, an interrupt or after-handoff.");
    }

    [Fact]
    public void AfterHandoffNode_CountsAsReachable()
    {
        var flow = Flow();
        flow.Nodes.Add(new FlowNode { Id = FlowValidator.AfterHandoffNode, Type = FlowNodeType.Ask, Kind = AskKind.Choice, Variable = "rating", Text = "Nota?", Choices = ["1", "2"], Next = "rated" });
        flow.Nodes.Add(new FlowNode { Id = "rated", Type = FlowNodeType.Say, Text = "Obrigado!", Next = "end" });

        Assert.Empty(Validate(flow));
    }

    [Fact]
    public void AskWithoutVariable_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "ask-name").Variable = null;

        AssertError(flow, "ask-name", "Node 'ask-name' (ask) has no variable to store the answer in.");
    }

    [Fact]
    public void AskWithoutText_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "ask-name").Text = null;

        AssertOnlyError(flow, "ask-name", "Node 'ask-name' (ask) has no text to ask with.");
    }

    [Fact]
    public void AskWithUnknownKind_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "ask-name").Kind = "colour";

        AssertOnlyError(flow, "ask-name", "Node 'ask-name' (ask) has unknown kind 'colour' (expected one of text, number, choice, confirm, email, document, phone, date, contact).");
    }

    [Fact]
    public void ChoiceAskWithoutChoices_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "ask-name").Kind = AskKind.Choice;

        AssertOnlyError(flow, "ask-name", "Node 'ask-name' (ask, kind choice) has no choices.");
    }

    [Fact]
    public void BranchOnIntentWithoutExamples_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "route").Cases!["refund"] = "handoff";

        AssertOnlyError(flow, "route", "Node 'route' branches on intent 'refund', which has no examples in intents.");
    }

    [Fact]
    public void IntentWithoutExamples_IsAnError()
    {
        var flow = Flow();
        flow.Intents["refund"] = [];

        AssertOnlyError(flow, null, "Intent 'refund' has no examples.");
    }

    [Fact]
    public void BranchOnUnknownCondition_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "check").Conditions![1].When = "not vip";

        AssertOnlyError(flow, "check", $"Node 'check' branches on unknown condition 'not vip' (expected one of {string.Join(", ", ConditionEvaluator.Predicates)}, var NAME, var NAME = VALUE or intent NAME, each may start with not).");
    }

    [Fact]
    public void BranchOnNeitherIntentNorCondition_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "check").On = "mood";

        AssertOnlyError(flow, "check", "Node 'check' (branch) branches on 'mood' (expected intent or condition).");
    }

    [Fact]
    public void ConditionOnIntentWithoutExamples_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "check").Conditions![1].When = "intent refund";

        AssertOnlyError(flow, "check", "Node 'check' condition 'intent refund' names intent 'refund', which has no examples in intents.");
    }

    [Fact]
    public void ConditionOnVariableNothingSets_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "check").Conditions![1].When = "not var email = x@y.com";

        AssertOnlyError(flow, "check", "Node 'check' condition 'not var email = x@y.com' uses variable 'email', which no ask node or action sets.");
    }

    [Theory]
    [InlineData("var protocol")]
    [InlineData("var debt-waived")]
    [InlineData("not var kb-answered")]
    [InlineData("var quoteTotal")]
    [InlineData("var name = Ana")]
    [InlineData("intent price")]
    [InlineData("not has-open-invoices")]
    public void ConditionOnWhatAnAskOrActionSets_IsFine(string when)
    {
        var flow = Flow();
        Node(flow, "check").Conditions![1].When = when;

        Assert.Empty(Validate(flow));
    }

    [Fact]
    public void PlaceholderNothingSets_InLiteralText_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "greet").Text = "Prazer, {nickname}!";

        AssertOnlyError(flow, "greet", "Node 'greet' text 'Prazer, {nickname}!' uses {nickname}, which no ask node or action sets.");
    }

    [Fact]
    public void PlaceholderNothingSets_InReply_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        flow.Replies["hello"] = "Olá, {nickname}!";

        AssertOnlyError(flow, "hello", "Node 'hello' text 'hello' uses {nickname}, which no ask node or action sets.");
    }

    [Fact]
    public void PlaceholderNothingSets_InRetry_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "ask-name").Retry = "Não entendi {answer}";

        AssertOnlyError(flow, "ask-name", "Node 'ask-name' text 'Não entendi {answer}' uses {answer}, which no ask node or action sets.");
    }

    [Fact]
    public void BuiltInPlaceholders_AreKnown()
    {
        var flow = Flow();
        Node(flow, "greet").Text = string.Concat(FlowValidator.BuiltInPlaceholders.Select(p => $"{{{p}}} "));

        Assert.Empty(Validate(flow));
    }

    [Fact]
    public void MissingReplyKey_IsLiteralText_NotAnError()
    {
        var flow = Flow();
        Node(flow, "greet").Text = "someReplyNobodyWrote";

        Assert.Empty(Validate(flow));
    }

    [Fact]
    public void UnknownAction_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "quote").Action = "teleport";
        var known = string.Join(", ", FlowTestActions.All.Select(a => a.Name).Order(StringComparer.Ordinal));

        AssertOnlyError(flow, "quote", $"Node 'quote' uses unknown action 'teleport' (known: {known}).");
    }

    [Fact]
    public void ActionNodeWithoutAction_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "quote").Action = null;

        AssertOnlyError(flow, "quote", "Node 'quote' (action) names no action.");
    }

    [Fact]
    public void OutcomeTheActionNeverReturns_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "quote").Outcomes!["paid"] = "end";

        AssertOnlyError(flow, "quote", "Node 'quote': action 'quote-price' has no outcome 'paid' (its outcomes: quoted, quoted-prospect, no-product).");
    }

    [Fact]
    public void SayWithoutText_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "greet").Text = " ";

        AssertOnlyError(flow, "greet", "Node 'greet' (say) has no text.");
    }

    [Fact]
    public void CallWithoutTarget_IsAnErrorNamingTheNode()
    {
        var flow = Flow();
        Node(flow, "help").Target = null; // (help-text becomes unreachable too)

        AssertError(flow, "help", "Node 'help' (call) has no target.");
    }

    [Fact]
    public void ValidatorTakesActionNamesAndOutcomes()
    {
        var errors = FlowValidator.Validate(
            Flow(),
            ["quote-price"],
            new Dictionary<string, IReadOnlyList<string>> { ["quote-price"] = ["no-product"] });

        Assert.Equal([new FlowValidationError("handoff", "Node 'handoff' uses unknown action 'route' (known: quote-price).")], errors);
    }
}
