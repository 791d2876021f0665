using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Research;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Outcomes;

/// <summary>
/// The expert's side: the full consultation (answers, ranked use cases, private notes) and, after the talk,
/// notes, a summary and next steps shared with the SME, and recommended catalog offerings. The SME states
/// its interest in follow-up topics.
/// </summary>
internal static class OutcomeEndpoints
{
    public sealed record OutcomeInput(
        string? PrivateNotes,
        string? Summary,
        IReadOnlyList<string>? NextSteps,
        IReadOnlyList<Guid>? RecommendedOfferingIds);

    public sealed record FollowUpInput(IReadOnlyList<string>? Topics);

    public const int MaxText = 8000;

    public static void MapOutcomes(this IEndpointRouteBuilder api)
    {
        api.MapGet("/consultations/{id:guid}", ExpertView).RequireAuthorization(Policies.Staff).WithName("GetConsultationForExpert");
        api.MapPost("/consultations/{id:guid}/outcome", Record).RequireAuthorization(Policies.Staff).WithName("RecordConsultationOutcome");
        api.MapPost(RequestEndpoints.Route + "/{id:guid}/follow-up", FollowUp)
            .RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("RequestConsultationFollowUp");
    }

    private static async Task<IResult> ExpertView(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Consultation>(id, ct) is { } c
            ? Results.Ok(new { consultation = c, texts = await session.LoadAsync<ConsultationTexts>(id, ct) })
            : Results.NotFound();

    private static async Task<IResult> Record(Guid id, OutcomeInput body, IDocumentSession session, ISlotBookings slots, TimeProvider clock,
        CancellationToken ct) =>
        (await OutcomeHandlers.RecordAsync(id, body, session, slots, clock, ct)).ToHttpResult(Results.Ok);

    private static async Task<IResult> FollowUp(Guid organisationId, Guid id, FollowUpInput body, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var topics = body.Topics ?? [];
        var problems = new FieldErrors().When(topics.Count is 0 or > 12, "topics", "consultations.outcome.topics-count", TextArgs.Of(("max", 12)));
        foreach (var (topic, i) in topics.Select((t, i) => (t, i)))
        {
            problems.When(!Topics.IsKnown(topic ?? ""), $"topics[{i}]", "consultations.input.topic-unknown");
        }
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems).ToHttpResult();
        }
        var stream = await session.Events.FetchForWriting<Consultation>(id, ct);
        if (stream.Aggregate is not { } c || c.OrganisationId != organisationId)
        {
            return Results.NotFound();
        }
        if (c.Status != ConsultationStatus.Held)
        {
            return Refusal.Conflict("consultations.outcome.follow-up-after-talk").ToHttpResult();
        }
        var now = clock.GetUtcNow();
        var distinct = topics.Distinct(StringComparer.Ordinal).ToList();
        stream.AppendOne(new ConsultationFollowUpRequested(id, distinct, now));
        stream.AppendMany(distinct.Select(t => (object)new NeedExpressed(t, 1.0, "feedback",
            new Interaction(organisationId, [t], c.OfferingId, ConsultationsModuleKeys.OfferingType, "follow-up", now))));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return Refusal.Conflict("consultations.outcome.changed-meanwhile").ToHttpResult();
        }
        return Results.Ok(new { id, followUpTopics = distinct });
    }
}
