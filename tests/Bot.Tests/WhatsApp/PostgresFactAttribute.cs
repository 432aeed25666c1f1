namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>A test that needs the PostgreSQL server ./test.sh starts (CC_TEST_POSTGRES); reported as skipped, with the reason, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CC_TEST_POSTGRES")))
        {
            Skip = "CC_TEST_POSTGRES is not set: ./test.sh starts PostgreSQL and sets it.";
        }
    }
}
