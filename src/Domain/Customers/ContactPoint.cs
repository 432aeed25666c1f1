namespace ContactCentre.Domain.Customers;

/// <summary>
/// One normalised way to reach or recognise a customer (R3): an E.164 phone, a lower-case
/// e-mail, or the digits of a CPF/CNPJ. Normalising here is what lets "+55 (11) 99999-0001"
/// typed by an agent match the "whatsapp:+5511999990001" Twilio sends.
/// </summary>
public sealed record ContactPoint(ContactKind Kind, string Value)
{
    public static ContactPoint Phone(PhoneNumber phone) => new(ContactKind.Phone, phone.E164);

    public static ContactPoint Email(EmailAddress email) => new(ContactKind.Email, email.Value);

    public static ContactPoint Document(TaxDocument document) => new(ContactKind.Document, document.Digits);

    /// <summary>Parses and normalises raw text of the given kind; throws ArgumentException naming the value.</summary>
    public static ContactPoint From(ContactKind kind, string raw) => kind switch
    {
        ContactKind.Phone => Phone(PhoneNumber.From(raw)),
        ContactKind.Email => Email(EmailAddress.From(raw)),
        ContactKind.Document => Document(TaxDocument.From(raw)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
