namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>Why a campaign request was refused: invalid fields (400), unknown campaign (404), or a state that forbids it (409).</summary>
public sealed class CampaignProblemException(int status, string detail, IDictionary<string, string[]>? errors = null) : Exception(detail)
{
    public int Status { get; } = status;
    public IDictionary<string, string[]>? Errors { get; } = errors;

    public static CampaignProblemException Invalid(IDictionary<string, string[]> errors) => new(400, "The campaign is not valid.", errors);

    public static CampaignProblemException NotFound(Guid id) => new(404, $"Campaign {id} does not exist.");

    public static CampaignProblemException Conflict(string detail) => new(409, detail);
}
