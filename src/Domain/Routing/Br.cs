using System.Globalization;

namespace ContactCentre.Domain.Routing;

/// <summary>Brazilian date text for explanations, identical on every machine (no OS culture data).</summary>
public static class Br
{
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
