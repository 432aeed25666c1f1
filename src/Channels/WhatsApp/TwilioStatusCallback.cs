namespace ContactCentre.Channels.WhatsApp;

/// <summary>One status callback of an outbound message (Twilio's MessageStatus, lower-case, and ErrorCode on failures).</summary>
public sealed record TwilioStatusCallback(string MessageSid, string Status, string? ErrorCode, string AccountSid, string? To, string? From);
