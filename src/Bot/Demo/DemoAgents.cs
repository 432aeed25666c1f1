using ContactCentre.Domain.Agents;

namespace ContactCentre.Bot.Demo;

/// <summary>Agents in all three teams and in every status routing cares about.</summary>
internal static class DemoAgents
{
    public static List<Agent> All() =>
    [
        new() { Id = "ana", Name = "Ana Souza", Team = Team.Sales, Status = AgentStatus.Available, Email = "ana@contactcentre.local" },
        new() { Id = "rui", Name = "Rui Martins", Team = Team.Sales, Status = AgentStatus.Available, Email = "rui@contactcentre.local" },
        new() { Id = "bia", Name = "Beatriz Lopes", Team = Team.Sales, Status = AgentStatus.Vacation, Email = "bia@contactcentre.local" },
        new() { Id = "caio", Name = "Caio Ribeiro", Team = Team.Sales, Status = AgentStatus.Absent, Email = "caio@contactcentre.local" },
        new() { Id = "dani", Name = "Daniela Rosa", Team = Team.Support, Status = AgentStatus.Available, Email = "dani@contactcentre.local" },
        new() { Id = "edu", Name = "Eduardo Teles", Team = Team.Support, Status = AgentStatus.Busy, Email = "edu@contactcentre.local" },
        new() { Id = "fabi", Name = "Fabiana Terres", Team = Team.Central, Status = AgentStatus.Available, Email = "fabi@contactcentre.local" },
        new() { Id = "gil", Name = "Gilberto Signorini", Team = Team.Central, Status = AgentStatus.Offline, Email = "gil@contactcentre.local" },
    ];
}
