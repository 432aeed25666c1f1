using ContactCentre.Domain.Handoff;

namespace ContactCentre.Domain.Tests.Handoff;

/// <summary>The wait told to a customer in a queue with nobody free: the median of recent waits, or honestly unknown.</summary>
public sealed class WaitEstimateTests
{
    [Fact]
    public void FewerThanThreeRecentWaits_IsUnknown()
    {
        Assert.Null(WaitEstimate.From([TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6)]));
    }

    [Fact]
    public void Median_RoundedUpToWholeMinutes()
    {
        var estimate = WaitEstimate.From([TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(250), TimeSpan.FromMinutes(30)]);

        Assert.Equal(TimeSpan.FromMinutes(5), estimate);
    }

    [Fact]
    public void ShortWaits_AreAtLeastOneMinute()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), WaitEstimate.From([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)]));
    }

    [Fact]
    public void EvenCount_AveragesTheMiddleTwo()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), WaitEstimate.From([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(60)]));
    }
}
