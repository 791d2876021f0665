using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Offerings;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

internal sealed record ApplyInput(Guid? OfferingId, string? Motivation, string? Goals, string? Availability);

/// <summary>An SME's administrators apply; the SME and staff read applications.</summary>
internal static class ApplicationEndpoints
{
    public const int MaxText = 4000;

    public static void MapApplications(this IEndpointRouteBuilder api)
    {
        api.MapPost("/organisations/{organisationId:guid}/applications", ApplyAsync)
            .RequireAuthorization(Policies.OrganisationAdmin).RequireOrganisationAccess().WithName("ApplyForSprint");
        api.MapGet("/organisations/{organisationId:guid}/applications", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<SprintApplication>().Where(a => a.OrganisationId == organisationId).OrderBy(a => a.AppliedAt).ToListAsync(ct)))
            .RequireOrganisationAccess().WithName("ListOwnSprintApplications");
        api.MapGet("/applications", async (string? status, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<SprintApplication>().Where(a => status == null || a.Status == status).OrderBy(a => a.AppliedAt).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithName("ListSprintApplications");
        api.MapGet("/applications/{applicationId:guid}", async (Guid applicationId, HttpContext http, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<SprintApplication>(applicationId, ct) is { } a && http.User.MaySee(a.OrganisationId) ? Results.Ok(a) : Results.NotFound())
            .RequireAuthorization(Policies.ParticipantOrStaff).WithName("GetSprintApplication");
    }

    private static async Task<IResult> ApplyAsync(Guid organisationId, ApplyInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(body.OfferingId is null, "offeringId", "Wählen Sie das Sprint-Angebot, für das Sie sich bewerben.", "Name the sprint offering you apply for.")
            .When(!Valid(body.Motivation), "motivation", $"Sagen Sie, warum Sie sich bewerben (höchstens {MaxText} Zeichen).", $"Say why you apply, at most {MaxText} characters.")
            .When(!Valid(body.Goals), "goals", $"Sagen Sie, was Sie erreichen möchten (höchstens {MaxText} Zeichen).", $"Say what you want to reach, at most {MaxText} characters.")
            .When(!Valid(body.Availability), "availability",
                $"Sagen Sie, wann Ihr Team Zeit hat (höchstens {MaxText} Zeichen).", $"Say when your team is available, at most {MaxText} characters.");
        var offering = body.OfferingId is { } id ? await session.LoadAsync<SprintOffering>(id, ct) : null;
        problems.When(body.OfferingId is not null && offering is null, "offeringId", "Dieses Sprint-Angebot gibt es nicht oder es ist nicht veröffentlicht.", "No published sprint offering has this id.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var open = await session.Query<SprintApplication>()
            .AnyAsync(a => a.OrganisationId == organisationId && a.OfferingId == offering!.Id && a.Status == ApplicationStatus.Submitted, ct);
        if (open)
        {
            return Answers.Conflict("Ihre Organisation hat sich schon für diesen Sprint beworben; das Team entscheidet bald.",
                "Your organisation has already applied for this sprint; staff will decide soon.");
        }
        var applicationId = Ids.New(clock);
        var applied = new SprintApplied(applicationId, organisationId, offering!.Id, offering.Topics, http.User.AccountId() ?? Guid.Empty,
            body.Motivation!.Trim(), body.Goals!.Trim(), body.Availability!.Trim(), clock.GetUtcNow());
        session.Events.StartStream<SprintApplication>(applicationId, applied);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/sprints/applications/{applicationId}", SprintApplicationProjection.Create(applied));
    }

    private static bool Valid(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxText;
}
