using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>The managers' campaign API under <c>/api/outbound/campaigns</c> (policy <c>Manager</c>), described in OpenAPI.</summary>
public static class CampaignEndpoints
{
    public const string Prefix = "/api/outbound/campaigns";
    public const string Policy = "Manager";

    public static RouteGroupBuilder MapCampaigns(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Campaigns").AddEndpointFilter(Problems);
        group.MapGet("/", async (CampaignService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithName("ListCampaigns").WithSummary("Every campaign with its counts, newest first.");
        group.MapPost("/", CreateAsync)
            .WithName("CreateCampaign").WithSummary("Creates a campaign (a draft, or scheduled when startAt is given).")
            .ProducesValidationProblem();
        group.MapPost("/preview", async (PreviewRequest request, CancellationToken ct, CampaignService service) =>
                TypedResults.Ok(await service.PreviewAsync(request.Channel, request.Segment, ct)))
            .WithName("PreviewAudience").WithSummary("Audience count, a sample, who is left out and the estimated cost, for a segment and channel.")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", async (Guid id, CampaignService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithName("GetCampaign").WithSummary("A campaign with delivery, read, reply and conversion counts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/preview", async (Guid id, CampaignService service, CancellationToken ct) => TypedResults.Ok(await service.PreviewAsync(id, ct)))
            .WithName("PreviewCampaign").WithSummary("The campaign's audience as it would be fixed now, with the estimated cost.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/schedule", async (Guid id, ScheduleCampaignRequest request, CampaignService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ScheduleAsync(id, request.StartAt, ct)))
            .WithName("ScheduleCampaign").WithSummary("Starts the send at startAt (now when omitted), only within the send window.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/cancel", async (Guid id, CampaignService service, CancellationToken ct) => TypedResults.Ok(await service.CancelAsync(id, ct)))
            .WithName("CancelCampaign").WithSummary("Stops the campaign: recipients not yet queued are never sent.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/recipients", async (Guid id, CampaignService service, CancellationToken ct) => TypedResults.Ok(await service.RecipientsAsync(id, ct)))
            .WithName("ListCampaignRecipients").WithSummary("Each recipient's state, message status and reply.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Created<CampaignView>> CreateAsync(CreateCampaignRequest request, ClaimsPrincipal user, CampaignService service, CancellationToken ct)
    {
        var by = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "manager";
        var view = await service.CreateAsync(request, by, ct);
        return TypedResults.Created($"{Prefix}/{view.Id:D}", view);
    }

    /// <summary>Refusals become precise problem details: 400 naming each field, 404, 409.</summary>
    private static async ValueTask<object?> Problems(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CampaignProblemException problem) when (problem.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors, detail: problem.Message);
        }
        catch (CampaignProblemException problem)
        {
            return TypedResults.Problem(problem.Message, statusCode: problem.Status);
        }
    }
}
