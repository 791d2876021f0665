using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>The SME lists free slots, books one, moves or cancels it within the offering's rules.</summary>
internal static class BookingEndpoints
{
    public sealed record SlotInput(DateTimeOffset? StartsAt);

    public sealed record BookingView(Guid Id, string Status, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, int Sequence);

    public static void MapBooking(this IEndpointRouteBuilder api)
    {
        var route = RequestEndpoints.Route + "/{id:guid}";
        api.MapGet(route + "/slots", Slots).RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess()
            .WithName("ListConsultationSlots");
        api.MapPost(route + "/booking",
            (Guid organisationId, Guid id, SlotInput body, [FromServices] Services s, ITexts texts, CancellationToken ct) =>
                Change(organisationId, id, body, s, texts, SlotChangeKind.Book, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("BookConsultationSlot");
        api.MapPut(route + "/booking",
            (Guid organisationId, Guid id, SlotInput body, [FromServices] Services s, ITexts texts, CancellationToken ct) =>
                Change(organisationId, id, body, s, texts, SlotChangeKind.Move, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("MoveConsultationSlot");
        api.MapDelete(route + "/booking", (Guid organisationId, Guid id, [FromServices] Services s, ITexts texts, CancellationToken ct) =>
            Change(organisationId, id, null, s, texts, SlotChangeKind.Cancel, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff).RequireOrganisationAccess().WithName("CancelConsultation");
    }

    /// <summary>The services every change needs, bound as one parameter.</summary>
    internal sealed class Services(IDocumentStore store, TimeProvider clock, ISlotBookings slots)
    {
        public ISlotBookings Slots { get; } = slots;
        public IDocumentStore Store { get; } = store;
        public TimeProvider Clock { get; } = clock;
    }

    private static async Task<IResult> Slots(Guid organisationId, Guid id, DateTimeOffset? from, DateTimeOffset? to, IQuerySession session,
        ISlotBookings slots, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<Consultation>(id, ct) is not { } c || c.OrganisationId != organisationId)
        {
            return Results.NotFound();
        }
        if (await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(c.OfferingId), ct) is not { } offering)
        {
            return Results.NotFound();
        }
        var (earliest, latest) = SlotSearch.Bookable(offering, clock.GetUtcNow());
        var start = from is { } f && f > earliest ? f : earliest;
        var end = to is { } t && t < latest ? t : latest;
        if (end - start > TimeSpan.FromDays(62))
        {
            end = start.AddDays(62);
        }
        var free = await FreeSlotsAsync(session, slots, c, start, end, ct);
        // The SME picks a time; which expert takes it is decided when booking.
        return Results.Ok(free.GroupBy(s => s.StartsAt).OrderBy(g => g.Key).Select(g => new { startsAt = g.Key, endsAt = g.First().EndsAt }));
    }

    /// <summary>The free slots of the fitting experts for a consultation in [from, to), as the API and the page list them.</summary>
    internal static async Task<IReadOnlyList<FreeSlot>> FreeSlotsAsync(IQuerySession session, ISlotBookings slots, Consultation c,
        DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var questionnaire = await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var version = questionnaire?.Find(c.QuestionnaireVersion);
        var profile = version is null ? AnswerProfile.Empty : AnswerProfile.From(AnswerCheck.Chosen(version, c.Choices));
        return await SlotSearch.FreeAsync(slots, await SlotSearch.RoutedExpertsAsync(session, slots, profile, ct), from, to, ct);
    }

    private static async Task<IResult> Change(Guid organisationId, Guid id, SlotInput? body, Services s, ITexts texts, SlotChangeKind kind,
        CancellationToken ct) =>
        (await SlotBookingHandler.ChangeAsync(new ChangeSlot(organisationId, id, kind, body?.StartsAt), s, ct))
            .ToHttpResult(view => kind == SlotChangeKind.Book
            ? Results.Created($"/api/consultations/organisations/{organisationId}/consultations/{id}", view)
            : Results.Ok(view), texts);
}
