using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.WhatsApp;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// An agent writes first (from a due schedule or the panel): a new conversation held by that agent, R1's interaction,
/// the handoff log's first line, and the message through the outbox like any reply. On WhatsApp outside the 24-hour
/// window only one of the flow's approved templates may go; elsewhere free text. A customer who opted out is not contacted.
/// </summary>
public sealed class ConversationStarter(
    StoreFactory stores,
    ConversationLocks locks,
    IEnumerable<IChannelAdapter> adapters,
    WhatsAppWindows windows,
    TimeProvider clock,
    RoutingSettings routing,
    OutboxSignal outboxSignal,
    ConversationEvents events)
{
    public async Task<PanelResult<StartedConversation>> StartAsync(StartConversationRequest request, string agentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(request.CustomerId) || string.IsNullOrEmpty(channel))
        {
            return Fail(400, "Informe customerId e channel.", "customerId");
        }

        if (!adapters.Any(a => a.ChannelId == channel))
        {
            return Fail(400, $"O canal '{channel}' não está ligado neste servidor.", "channel");
        }

        if (channel == "webchat")
        {
            return Fail(400, "No chat do site quem começa é o cliente: não há como escrever primeiro. Use WhatsApp, e-mail ou Telegram.", "channel");
        }

        await using var probe = stores.Create();
        var agent = await probe.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId && a.Active, cancellationToken);
        if (agent is null)
        {
            return Fail(403, $"Atendente {agentId} não existe ou está desativado.");
        }

        var customer = await probe.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CustomerId, cancellationToken);
        if (customer is null)
        {
            return Fail(404, $"Cliente {request.CustomerId} não existe.");
        }

        if (customer.OptedOut)
        {
            return Fail(409, $"{customer.Name} pediu para não receber contatos (opt-out); não é possível iniciar a conversa.");
        }

        var address = await AddressAsync(probe, customer, channel, cancellationToken);
        if (address is null)
        {
            return Fail(400, $"{customer.Name} não tem contato para o canal {channel}.", "channel");
        }

        var now = clock.GetUtcNow();
        string? template = null;
        if (channel == WhatsAppMapper.Channel)
        {
            var window = await WhatsAppWindows.ForAddressAsync(probe, address, now, cancellationToken);
            var templates = await windows.TemplatesAsync(null, cancellationToken);
            if (request.TemplatePurpose is { Length: > 0 } purpose)
            {
                if (!templates.ContainsKey(purpose))
                {
                    return Fail(400, $"O fluxo não tem o modelo '{purpose}'. Modelos: {Names(templates)}.", "templatePurpose");
                }

                template = purpose;
            }
            else if (!window.IsOpen)
            {
                return Fail(400, $"Fora da janela de 24 horas do WhatsApp só vale um modelo aprovado (templatePurpose). Modelos: {Names(templates)}.", "templatePurpose");
            }
        }

        if (template is null && string.IsNullOrWhiteSpace(request.Text))
        {
            return Fail(400, "Escreva a mensagem (text).", "text");
        }

        using var _ = await locks.AcquireAsync(TurnPipeline.LockKey(channel, address), cancellationToken);
        await using var db = stores.Create();
        var open = await db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Channel == channel && c.CustomerAddress == address && c.ClosedAt == null, cancellationToken);
        if (open is not null)
        {
            return Fail(409, $"Já há um atendimento aberto com {customer.Name} no {channel} ({open.Id}, {HandoffTransitions.Describe(open.Holder, open.HolderAgentId, open.HolderTeam)}).");
        }

        var conversation = new Conversation
        {
            Id = Guid.NewGuid().ToString("N"),
            Channel = channel,
            CustomerAddress = address,
            CustomerId = customer.Id,
            StartedAt = now,
            LastActivityAt = now,
        };
        db.Conversations.Add(conversation);
        var schedule = request.ScheduleId is { Length: > 0 } sid ? await db.Schedules.FirstOrDefaultAsync(s => s.Id == sid && s.CustomerId == customer.Id, cancellationToken) : null;
        if (schedule is not null)
        {
            schedule.ConversationId = conversation.Id;
        }

        HandoffTransitions.Move(db, conversation, ConversationHolder.Agent, agent.Id, agent.Team.ToWire(), agent.Id,
            schedule is null ? $"conversa iniciada por {agent.Name}" : $"conversa iniciada por {agent.Name} a partir do agendamento {schedule.Id}", now);
        var turn = new TurnContext(db, conversation, null, now, routing);
        await turn.LoadKnownCustomerAsync(cancellationToken);
        TurnPipeline.EnsureInteraction(turn);

        var message = ConversationWriter.Outbound(conversation, new ChannelAccount(agent.Id, agent.Name, "agent"), request.Text?.Trim(), now);
        if (template is not null)
        {
            message = message with
            {
                ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object>
                {
                    [WhatsAppChannelData.TemplatePurpose] = template,
                    [WhatsAppChannelData.ContentVariables] = new Dictionary<string, string> { ["1"] = request.Text?.Trim() is { Length: > 0 } t ? t : customer.Name },
                }),
            };
        }

        var row = ConversationWriter.Send(db, conversation, message, agent.Id, null, now);
        await db.SaveChangesAsync(cancellationToken);
        outboxSignal.Notify();
        events.Publish(new ConversationChanged(conversation.Id, channel, conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam, message.Text, 1));
        return PanelResult<StartedConversation>.Done(new StartedConversation(conversation.Id, channel, customer.Id, address,
            HandoffTransitions.Describe(conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam), template, row.Id), 201);
    }

    /// <summary>Where to write: the address of the customer's latest conversation on the channel, else the record's phone or e-mail.</summary>
    private static async Task<string?> AddressAsync(ContactCentreDbContext db, Customer customer, string channel, CancellationToken cancellationToken)
    {
        var previous = await db.Conversations.AsNoTracking()
            .Where(c => c.CustomerId == customer.Id && c.Channel == channel)
            .OrderByDescending(c => c.StartedAt)
            .Select(c => c.CustomerAddress)
            .FirstOrDefaultAsync(cancellationToken);
        return previous ?? channel switch
        {
            "email" => customer.Emails.FirstOrDefault(),
            "telegram" => null, // a Telegram chat id is learnt only when the customer writes first
            _ => customer.Phones.FirstOrDefault(),
        };
    }

    private static string Names(IReadOnlyDictionary<string, string> templates) =>
        templates.Count == 0 ? "nenhum configurado no fluxo (templates:)" : string.Join(", ", templates.Keys.Order(StringComparer.Ordinal));

    private static PanelResult<StartedConversation> Fail(int status, string problem, string? limit = null) => PanelResult<StartedConversation>.Fail(status, problem, limit);
}
