using ContactCentre.Bot.Dialogs.Understanding;

namespace ContactCentre.Bot.Flows;

/// <summary>A flow document ready to run: its version and the understanding learnt from its examples (built once).</summary>
public sealed class CompiledFlow(FlowDocument document, int version)
{
    public FlowDocument Document { get; } = document;
    public int Version { get; } = version;
    public Understander Understander { get; } = Understander.From(document);
    public IntentClassifier Classifier => Understander.Classifier;
}
