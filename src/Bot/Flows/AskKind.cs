namespace ContactCentre.Bot.Flows;

/// <summary>What an <c>ask</c> node accepts; each kind has its own validation and re-prompt.</summary>
public static class AskKind
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Choice = "choice";
    public const string Confirm = "confirm";
    public const string Email = "email";
    public const string Document = "document";
    public const string Phone = "phone";
    public const string Date = "date";
    public const string Contact = "contact";

    public static IReadOnlyList<string> All { get; } = [Text, Number, Choice, Confirm, Email, Document, Phone, Date, Contact];
}
