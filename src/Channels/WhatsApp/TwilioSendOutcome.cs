using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// What Twilio answered a Create Message call: 201 with the message's SID and status, or an error with
/// Twilio's code (e.g. 63016 outside the 24-hour window, 21211 invalid number). <see cref="HttpStatus"/> 0
/// means the call was not made (the activity could not be mapped).
/// </summary>
public sealed record TwilioSendOutcome(int HttpStatus, string? Sid, string? Status, string? ErrorCode, string? ErrorMessage, TimeSpan? RetryAfter = null)
{
    public bool Accepted => HttpStatus is >= 200 and < 300 && Sid is not null;

    /// <summary>429 and 5xx are Twilio being busy or down: worth another try later; other refusals are final.</summary>
    public bool Retryable => HttpStatus is 429 or >= 500;

    public static TwilioSendOutcome NotSent(string problem) => new(0, null, null, null, problem);

    public string Describe() => ErrorCode is null
        ? $"Twilio answered {HttpStatus}: {ErrorMessage}"
        : $"Twilio error {ErrorCode} (HTTP {HttpStatus}): {ErrorMessage}";

    public SendResult ToSendResult() => Accepted
        ? SendResult.Ok(Sid)
        : HttpStatus == 0 ? SendResult.Refused(ErrorMessage ?? "not sent")
        : Retryable ? SendResult.TryLater(Describe(), RetryAfter)
        : SendResult.Refused(Describe());
}
