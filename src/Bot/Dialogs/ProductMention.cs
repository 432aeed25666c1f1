namespace ContactCentre.Bot.Dialogs;

/// <summary>A product the customer named, with the quantity they asked (1 when none was said).</summary>
public sealed record ProductMention(string ProductCode, decimal Quantity);
