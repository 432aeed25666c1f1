using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Demo;

/// <summary>
/// A legal-publications SaaS, as in the seeds: intimações per lawyer, searches, process tracking,
/// extra states and beneficiaries; a dozen law firms in every situation the rules care about.
/// Dates are relative to "now", so the demo stays meaningful whenever it is loaded.
/// </summary>
public sealed record DemoWorld(
    IReadOnlyList<Agent> Agents,
    IReadOnlyList<Product> Products,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Invoice> Invoices,
    IReadOnlyList<Schedule> Schedules)
{
    public static DemoWorld Build(DateTimeOffset now, BusinessCalendar calendar)
    {
        var today = calendar.DateOf(now);
        var agents = DemoAgents.All();
        var products = DemoCatalogue.All();
        var customers = new List<Customer>();
        var invoices = new List<Invoice>();
        var schedules = new List<Schedule>();

        Customer Add(string id, string name, string phone, string email, string? document, string? owner = null)
        {
            var c = new Customer { Id = id, Name = name, OwnerAgentId = owner, CreatedAt = now.AddYears(-2) };
            c.AddContact(ContactPoint.From(ContactKind.Phone, phone));
            c.AddContact(ContactPoint.From(ContactKind.Email, email));
            if (document is not null)
            {
                c.AddContact(ContactPoint.From(ContactKind.Document, document));
            }

            customers.Add(c);
            return c;
        }

        Invoice Bill(Customer c, string number, decimal amount, DateOnly due, InvoiceStatus status = InvoiceStatus.Open)
        {
            var invoice = new Invoice
            {
                Number = number,
                CustomerId = c.Id,
                Amount = amount,
                Due = due,
                Status = status,
                PaymentLine = DemoPayments.BoletoLine(number, amount),
                PixCode = DemoPayments.Pix(number, amount),
                SecondCopyUrl = $"https://boletos.example.com/{number}",
            };
            invoices.Add(invoice);
            return invoice;
        }

        void Schedule(Customer c, string id, string owner, ScheduleTag tag, string? product, DateOnly created, DateOnly due, bool validated = false) =>
            schedules.Add(new Schedule
            {
                Id = id,
                CustomerId = c.Id,
                Owner = WireNames.TryParseTeam(owner, out var team) ? ScheduleOwner.OfTeam(team) : ScheduleOwner.OfAgent(owner),
                Tag = tag,
                ProductCode = product,
                Created = created,
                Due = due,
                Validated = validated,
            });

        var yesterday = PreviousBusinessDay(calendar, today);

        var silva = Add("c-silva", "Escritório Silva Advogados", "+5511999990001", "contato@silvaadv.com.br", "11.222.333/0001-81", "ana");
        Bill(silva, "B-1001", 149.70m, today.AddDays(-20));
        Schedule(silva, "s-silva-intimacao", "ana", ScheduleTag.SaleWithContact, "intimacao", yesterday, calendar.AddBusinessDays(yesterday, 2));

        var moura = Add("c-moura", "Moura & Associados", "+5511999990002", "financeiro@moura.adv.br", "529.982.247-25", "rui");
        Schedule(moura, "s-moura-pesquisa", "rui", ScheduleTag.SaleWithoutContact, "pesquisa", yesterday, calendar.AddBusinessDays(yesterday, 2));

        var costa = Add("c-costa", "Costa Advocacia", "+5521988880003", "costa@costaadvocacia.com.br", null, "bia");
        Schedule(costa, "s-costa-processos", "bia", ScheduleTag.SaleWithContact, "acompanhamento", yesterday, calendar.AddBusinessDays(yesterday, 2));

        var lima = Add("c-lima", "Lima Sociedade de Advogados", "+5531977770004", "lima@limasociedade.com.br", null, "ana");
        lima.Inactivate(Inactivation.Manual("rui", now.AddDays(-5)));

        var rocha = Add("c-rocha", "Rocha Advogados Associados", "+5541966660005", "rocha@rochaadv.com.br", null, "rui");
        rocha.Inactivate(Inactivation.Manual("ana", now.AddDays(-40)));
        Bill(rocha, "B-0870", 298.00m, today.AddYears(-1).AddDays(-45));

        var nunes = Add("c-nunes", "Nunes Jurídico", "+5551955550006", "nunes@nunesjuridico.com.br", null);
        nunes.Inactivate(Inactivation.Automatic(now.AddDays(-90)));
        Bill(nunes, "B-0990", 89.90m, today.AddMonths(-4));

        var alves = Add("c-alves", "Alves e Prado Advogados", "+5561944440007", "alves@alvesprado.adv.br", null);
        alves.Inactivate(Inactivation.Automatic(now.AddYears(-1)));
        alves.Campaign = true;
        alves.CampaignDiscountPercent = 15m;
        Bill(alves, "B-0501", 420.00m, today.AddYears(-2));

        var ferreira = Add("c-ferreira", "Ferreira Advocacia Trabalhista", "+5571933330008", "ferreira@ferreiratrab.com.br", null, "caio");
        Schedule(ferreira, "s-ferreira-estados", "caio", ScheduleTag.SaleWithContact, "estado", yesterday, calendar.AddBusinessDays(yesterday, 2));
        Schedule(ferreira, "s-ferreira-onboarding", "dani", ScheduleTag.Onboarding, null, yesterday, today.AddDays(10));

        var gomes = Add("c-gomes", "Gomes Advocacia", "+5581922220009", "gomes@gomesadv.com.br", null, "ana");
        Schedule(gomes, "s-gomes-velho", "ana", ScheduleTag.SaleWithContact, "beneficiario", today.AddDays(-20), today.AddDays(-5));
        Schedule(gomes, "s-gomes-fora-regra", "rui", ScheduleTag.SaleWithContact, "pesquisa", yesterday, today.AddDays(12));

        // Same phone on two records: R4's case, for the central team.
        var dup1 = Add("c-barros", "Barros Advogados", "+5511911110010", "barros@barrosadv.com.br", null);
        var dup2 = Add("c-barros-2", "Barros Advocacia (cadastro novo)", "+5511911110010", "novo@barrosadv.com.br", null);
        Bill(dup1, "B-1100", 99.80m, today.AddDays(10));
        _ = dup2;

        var teixeira = Add("c-teixeira", "Teixeira & Filhos", "+5511900000011", "teixeira@teixeira.adv.br", "11.444.777/0001-61", "rui");
        Bill(teixeira, "B-1201", 199.60m, today.AddDays(-3));
        Bill(teixeira, "B-1202", 199.60m, today.AddDays(27));
        Bill(teixeira, "B-1150", 199.60m, today.AddMonths(-1), InvoiceStatus.Paid);

        Add("c-pereira", "Pereira Consultoria Jurídica", "+5511988887777", "pereira@pereiraconsult.com.br", null, "ana");

        return new DemoWorld(agents, products, customers, invoices, schedules);
    }

    private static DateOnly PreviousBusinessDay(BusinessCalendar calendar, DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!calendar.IsBusinessDay(d))
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
