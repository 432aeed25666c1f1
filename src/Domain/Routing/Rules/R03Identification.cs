using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R3 Identification: a contact is matched to records by phone (E.164), e-mail, or a CPF/CNPJ
/// the customer typed (check digits validated). No match: a prospect.
/// </summary>
public static class R03Identification
{
    /// <summary>The normalised contact points found in what the customer sent and where from.</summary>
    public static IReadOnlyList<ContactPoint> ContactPointsIn(string? address, string? text)
    {
        var points = new List<ContactPoint>();
        if (PhoneNumber.TryParse(address, out var phone))
        {
            points.Add(ContactPoint.Phone(phone!));
        }
        else if (EmailAddress.TryParse(address, out var email))
        {
            points.Add(ContactPoint.Email(email!));
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            points.AddRange(TaxDocument.FindIn(text).Select(ContactPoint.Document));
            points.AddRange(EmailAddress.FindIn(text).Select(ContactPoint.Email));
        }

        return [.. points.Distinct()];
    }

    /// <summary>Records holding any of the contact points, each once.</summary>
    public static IReadOnlyList<Customer> Match(IEnumerable<Customer> customers, IReadOnlyCollection<ContactPoint> points) =>
        [.. customers.Where(c => points.Any(c.Has)).DistinctBy(c => c.Id)];

    internal static void Apply(DecisionBuilder decision, RoutingContext context)
    {
        if (context.Matches.Count == 0)
        {
            decision.Fact("identified", "false");
            decision.Rule(RuleIds.R3, "contato não corresponde a nenhuma ficha; atendido como prospect");
        }
        else if (context.Matches.Count == 1)
        {
            decision.Fact("identified", "true").Fact("customer", context.Matches[0].Customer.Id);
        }
    }
}
