using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>Loads pt-BR canned replies with the demo data, once, into an empty table (after the database is migrated).</summary>
public sealed class DemoCannedReplies(StoreFactory stores, IOptions<DatabaseOptions> database, TimeProvider clock) : IHostedService
{
    public static IReadOnlyList<(string Title, string Text, string? Team)> Rows { get; } =
    [
        ("Saudação", "Olá! Aqui é do atendimento. Como posso ajudar?", null),
        ("Um momento", "Só um momento, por favor, que vou verificar para você.", null),
        ("Segunda via do boleto", "Você pode baixar a segunda via do boleto pelo link abaixo ou pagar pelo PIX copia e cola. Se preferir, envio por e-mail.", null),
        ("Encerramento", "Posso ajudar em algo mais? Obrigado pelo contato e tenha um ótimo dia!", null),
        ("Orçamento enviado", "Acabei de enviar o orçamento. Qualquer dúvida sobre os valores, estou à disposição.", "sales"),
        ("Confirmação de contratação", "Contratação registrada! Em breve você recebe a confirmação e as instruções de acesso.", "sales"),
        ("Retorno agendado", "Combinado! Agendei um retorno e volto a falar com você na data marcada.", "sales"),
        ("Pedido de prints", "Para eu entender melhor, pode enviar um print da tela com a mensagem de erro?", "support"),
        ("Chamado aberto", "Registrei o seu caso com prioridade; o número do protocolo segue abaixo para acompanhamento.", "support"),
        ("Revisão cadastral", "Estamos revisando o seu cadastro para evitar duplicidades. Pode confirmar o CPF/CNPJ do titular?", "central"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.Value.SeedDemoData)
        {
            return;
        }

        await using var db = stores.Create();
        if (await db.CannedReplies.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var order = 0;
        foreach (var (title, text, team) in Rows)
        {
            db.CannedReplies.Add(new CannedReply { Id = Guid.NewGuid(), Title = title, Text = text, Team = team, Order = order++, UpdatedAt = now, UpdatedBy = "demo" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
