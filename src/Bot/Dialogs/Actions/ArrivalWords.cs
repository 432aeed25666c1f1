using System.Globalization;
using ContactCentre.Bot.Handoff;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>
/// The customer's words for a queue with nobody free and for out-of-hours: the flow's replies
/// (<c>queueWait</c>, <c>queueWaitUnknown</c>, <c>outOfHours</c>) when it has them, else these pt-BR defaults.
/// </summary>
public static class ArrivalWords
{
    public const string WaitDefault = "No momento todos os atendentes estão ocupados; a espera estimada é de cerca de {minutes} min.";
    public const string WaitUnknownDefault = "No momento todos os atendentes estão ocupados e ainda não consigo estimar a espera; você segue na fila e será atendido assim que alguém ficar livre.";
    public const string OutOfHoursDefault = "Agora estamos fora do horário de atendimento. Registrei seu pedido e a equipe {team} vai retornar a partir de {next}. Enquanto isso, posso ajudar com valores, boletos e dúvidas.";

    public static string Wait(FlowTurn turn, ArrivalNotice notice)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(notice);
        return notice.EstimatedWait is { } wait
            ? turn.Fill(Key(turn, "queueWait", WaitDefault), new Dictionary<string, string> { ["minutes"] = ((int)wait.TotalMinutes).ToString(CultureInfo.InvariantCulture) })
            : turn.Fill(Key(turn, "queueWaitUnknown", WaitUnknownDefault));
    }

    public static string OutOfHours(FlowTurn turn, RoutingDecision decision, ArrivalNotice notice)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(notice);
        var team = (decision.Target.Team ?? Team.Sales).ToWire();
        var next = notice.NextOpening is { } n ? At(n, turn.Turn.Calendar) : "o próximo dia útil";
        return turn.Fill(Key(turn, "outOfHours", OutOfHoursDefault), new Dictionary<string, string>
        {
            ["team"] = turn.Document.Teams.GetValueOrDefault(team, team),
            ["next"] = next,
        });
    }

    private static string At(DateTimeOffset instant, BusinessCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(instant, calendar.TimeZone);
        return $"{Br.Date(DateOnly.FromDateTime(local.DateTime))} às {local:HH':'mm}";
    }

    private static string Key(FlowTurn turn, string key, string fallback) => turn.Document.Replies.ContainsKey(key) ? key : fallback;
}
