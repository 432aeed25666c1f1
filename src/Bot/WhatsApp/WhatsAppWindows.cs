using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>The window and the templates as the store knows them: for the sender (before each send) and the agent console.</summary>
public sealed class WhatsAppWindows(StoreFactory stores, IFlowCatalog flows, TimeProvider clock)
{
    /// <summary>The customer's window: it starts at their last message on WhatsApp, in any of their conversations.</summary>
    public static async Task<WhatsAppWindow> ForAddressAsync(ContactCentreDbContext db, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.Conversations.AsNoTracking()
            .Where(c => c.Channel == WhatsAppMapper.Channel && c.CustomerAddress == address && c.LastInboundAt != null)
            .OrderByDescending(c => c.LastInboundAt)
            .Select(c => c.LastInboundAt)
            .FirstOrDefaultAsync(cancellationToken);
        return WhatsAppWindow.At(last, now);
    }

    /// <summary>The templates (purpose → ContentSid) of the flow the conversation runs.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TemplatesAsync(Conversation? conversation, CancellationToken cancellationToken)
    {
        var name = conversation is null ? null : DialogState.From(conversation.StateJson).Flow;
        var flow = await flows.GetActiveAsync(name ?? DialogEngine.DefaultFlowName, cancellationToken);
        return flow.Document.Templates;
    }

    /// <summary>What the console shows for a WhatsApp conversation: whether free text can go, for how long, and which templates it may offer.</summary>
    public async Task<WhatsAppWindowView?> DescribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || conversation.Channel != WhatsAppMapper.Channel)
        {
            return null;
        }

        var window = await ForAddressAsync(db, conversation.CustomerAddress, clock.GetUtcNow(), cancellationToken);
        var templates = await TemplatesAsync(conversation, cancellationToken);
        return new WhatsAppWindowView(conversation.Id, window.IsOpen, window.LastInboundAt, window.ClosesAt, (long)window.TimeLeft.TotalSeconds,
            [.. templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new WhatsAppTemplateView(t.Key, t.Value))]);
    }
}
