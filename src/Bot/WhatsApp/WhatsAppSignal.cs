using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>Wakes the WhatsApp background work (new media to fetch) without waiting for its next poll.</summary>
public sealed class WhatsAppSignal : WakeSignal;
