using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;

namespace ContactCentre.Domain.Campaigns;

/// <summary>Pure segment evaluation: whether a customer belongs to a campaign's audience, and at which address.</summary>
public static class SegmentMatcher
{
    public static bool Matches(CampaignSegment segment, CustomerFacts facts, BusinessCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendar);
        var customer = facts.Customer;
        if (customer.OptedOut)
        {
            return false;
        }

        if (segment.Active is { } active && active != (customer.Status == CustomerStatus.Active))
        {
            return false;
        }

        if (segment.InactiveForMoreThanDays is { } days)
        {
            if (customer.Status != CustomerStatus.Inactive || customer.Inactivation is null
                || calendar.CalendarDaysBetween(calendar.DateOf(customer.Inactivation.At), today) <= days)
            {
                return false;
            }
        }

        if (segment.OpenDebtOlderThanYears is { } years
            && (facts.OldestOpenInvoiceDue is not { } due || !R13RecontractWithDebt.IsWaivable(due, today, years)))
        {
            return false;
        }

        if (segment.Product is { } product && !facts.ProductsBought.Contains(product))
        {
            return false;
        }

        return segment.ScheduleTag is not { } tag || facts.LiveScheduleTags.Contains(tag);
    }

    /// <summary>The address a campaign on <paramref name="channel"/> reaches the customer at (the first phone or e-mail), or null.</summary>
    public static string? Address(Customer customer, string channel) => channel switch
    {
        CampaignChannels.WhatsApp => customer.Phones.FirstOrDefault(),
        CampaignChannels.Email => customer.Emails.FirstOrDefault(),
        _ => null,
    };
}
