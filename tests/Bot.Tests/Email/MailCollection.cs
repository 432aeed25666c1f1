namespace ContactCentre.Bot.Tests.Email;

/// <summary>The e-mail tests share one pair of mail servers and run one at a time (one of them restarts Dovecot).</summary>
[CollectionDefinition(Name)]
public sealed class MailCollection : ICollectionFixture<MailServers>
{
    public const string Name = "Mail";
}
