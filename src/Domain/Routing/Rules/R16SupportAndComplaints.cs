using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R16 Support and complaints: usage questions, errors and training go to support (after the bot's
/// knowledge base, for questions); complaints get a protocol number at once, are registered and go to
/// support (reason complaint); an unresolved protocol may be reopened.
/// </summary>
public static class R16SupportAndComplaints
{
    internal static void Apply(DecisionBuilder decision, RoutingRequest request)
    {
        switch (request.Kind)
        {
            case Routing.RequestKind.SupportQuestion when request.KnowledgeBaseAnswered:
                decision.Target = RoutingTarget.Bot;
                decision.For("support", InteractionReason.Support);
                decision.Rule(RuleIds.R16, "dúvida de uso respondida pela base de conhecimento");
                break;
            case Routing.RequestKind.SupportQuestion:
                decision.Target = RoutingTarget.ToTeam(Team.Support);
                decision.For("support", InteractionReason.Support);
                decision.Rule(RuleIds.R16, "dúvida de uso que a base de conhecimento não resolveu: vai ao suporte");
                break;
            case Routing.RequestKind.TrainingRequest:
                decision.Target = RoutingTarget.ToTeam(Team.Support);
                decision.For("training", InteractionReason.Support);
                decision.Rule(RuleIds.R16, "pedido de treinamento: o suporte agenda");
                break;
            case Routing.RequestKind.Complaint:
                decision.Target = RoutingTarget.ToTeam(Team.Support);
                decision.IssueProtocol = true;
                decision.For("complaint", InteractionReason.Complaint);
                decision.Rule(RuleIds.R16, "reclamação: protocolo emitido na hora, registrada e repassada ao suporte");
                break;
            case Routing.RequestKind.ReopenComplaint:
                decision.Target = RoutingTarget.ToTeam(Team.Support);
                decision.For("complaint", InteractionReason.Complaint);
                decision.Rule(RuleIds.R16, "pedido de reabertura de protocolo não resolvido: volta ao suporte");
                break;
            default:
                throw new ArgumentException($"R16 does not route {request.Kind}.", nameof(request));
        }
    }
}
