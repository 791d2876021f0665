using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Notifications;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// The SME's pages of the KI-Sprechstunde: its consultations, starting one, the questionnaire, the ranked use
/// cases, free slots and booking, the calendar file and the shared summary. They call the same handlers as the API.
/// </summary>
internal static class ConsultationPages
{
    public const string Path = "/beratung";

    public static void MapConsultationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ListAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path, StartAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapGet(Path + "/{id:guid}", (Guid id, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            ConsultationView.RenderAsync(http, session, clock, id, null, StatusCodes.Status200OK, ct))
                .RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{id:guid}/fragebogen", AnswerAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{id:guid}/termin", BookAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{id:guid}/absagen", CancelAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapGet(Path + "/{id:guid}/kalender.ics", CalendarAsync).RequireAuthorization(Policies.OrganisationMember);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, CancellationToken ct) =>
        await RenderListAsync(http, session, FormState.Empty()
            .With("contactEmail", http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value), StatusCodes.Status200OK, ct);

    private static async Task<IResult> RenderListAsync(HttpContext http, IQuerySession session, FormState state, int status, CancellationToken ct)
    {
        var organisationId = http.User.OrganisationId() ?? Guid.Empty;
        var consultations = await session.Query<Consultation>().Where(c => c.OrganisationId == organisationId).ToListAsync(ct);
        var offerings = await session.Query<ConsultationOffering>().ToListAsync(ct);
        var model = new ConsultationListModel([.. consultations.OrderByDescending(c => c.StartsAt ?? DateTimeOffset.MaxValue)], offerings);
        return UiPages.Render<ConsultationListPage>(new { Model = model, State = state }, status);
    }

    private static async Task<IResult> StartAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
        CancellationToken ct)
    {
        var state = FormState.From(form);
        var input = FormBinder.Bind<RequestEndpoints.StartInput>(state, texts);
        if (input is not null)
        {
            var result = await RequestHandlers.StartAsync(http.User.OrganisationId()!.Value,
                input with { Language = UiText.Language, ContactEmail = Blank(input.ContactEmail) }, session, clock, ct);
            if (result.Refusal is not { } refusal)
            {
                return UiPages.Done(http, $"{Path}/{result.Value.Id}", texts.Get("consultations.started"));
            }
            state.Absorb(refusal, texts);
        }
        return await RenderListAsync(http, session, state, StatusCodes.Status400BadRequest, ct);
    }

    private static async Task<IResult> AnswerAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (await Own(session, http, id, ct) is not { } consultation)
        {
            return Results.NotFound();
        }
        var questionnaire = await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var answers = questionnaire is null ? [] : QuestionnaireForm.Read(questionnaire.Current, state);
        var result = await RequestHandlers.AnswerAsync(consultation.OrganisationId, id, new RequestEndpoints.AnswerInput(answers), session, clock,
            ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, $"{Path}/{id}#anwendungsfaelle", texts.Get("consultations.answered"));
        }
        state.Absorb(refusal, texts);
        return await ConsultationView.RenderAsync(http, session, clock, id, new ConsultationView.Forms(Questionnaire: state),
            RefusalResults.StatusOf(refusal.Kind), ct);
    }

    private static async Task<IResult> BookAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts,
        [FromServices] BookingEndpoints.Services services, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (await Own(session, http, id, ct) is not { } consultation)
        {
            return Results.NotFound();
        }
        var input = FormBinder.Bind<BookingEndpoints.SlotInput>(state, texts);
        if (input is { StartsAt: null })
        {
            state.AddError("startsAt", texts.Get("consultations.slot-choose"));
        }
        if (input is { StartsAt: not null })
        {
            var result = await SlotBookingHandler.ChangeAsync(new ChangeSlot(consultation.OrganisationId, id, SlotChangeKind.Book, input.StartsAt),
                services, ct);
            if (result.Refusal is not { } refusal)
            {
                return UiPages.Done(http, $"{Path}/{id}", texts.Get("consultations.booked"));
            }
            state.Absorb(refusal, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        return await ConsultationView.RenderAsync(http, session, clock, id, new ConsultationView.Forms(Slots: state), state.Errors.Count > 0 ? 400
            : 409, ct);
    }

    private static async Task<IResult> CancelAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts,
        [FromServices] BookingEndpoints.Services services, CancellationToken ct)
    {
        if (await Own(session, http, id, ct) is not { } consultation)
        {
            return Results.NotFound();
        }
        var result = await SlotBookingHandler.ChangeAsync(new ChangeSlot(consultation.OrganisationId, id, SlotChangeKind.Cancel, null), services, ct);
        return result.Refusal is { } refusal
            ? UiPages.Failed(http, $"{Path}/{id}", texts.Reason(refusal))
            : UiPages.Done(http, $"{Path}/{id}", texts.Get("consultations.cancelled"));
    }

    private static async Task<IResult> CalendarAsync(Guid id, HttpContext http, IQuerySession session, TimeProvider clock, ITexts texts,
        CancellationToken ct)
    {
        if (await Own(session, http, id, ct) is not { StartsAt: { } starts, EndsAt: { } ends } c
            || c.Status is not (ConsultationStatus.Booked or ConsultationStatus.Cancelled))
        {
            return Results.NotFound();
        }
        var offering = await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(c.OfferingId), ct);
        var expert = c.ExpertId is { } e ? await session.LoadAsync<Experts.ConsultationExpert>(e, ct) : null;
        var calendar = CalendarFile.Write(
            new CalendarEntry(ConsultationSlotMails.CalendarUid(c.Id), c.Sequence, starts, ends, texts.Get("consultations.common.ai-consultation"),
            offering?.Where(expert), c.Status == ConsultationStatus.Cancelled ? CalendarStatus.Cancelled : CalendarStatus.Confirmed,
            clock.GetUtcNow()), "Consultations");
        return Results.File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", "ki-sprechstunde.ics");
    }

    /// <summary>The consultation when it belongs to the user's organisation (else null: answer 404).</summary>
    internal static async Task<Consultation?> Own(IQuerySession session, HttpContext http, Guid id, CancellationToken ct) =>
        await session.LoadAsync<Consultation>(id, ct) is { } c && http.User.OrganisationId() == c.OrganisationId ? c : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
