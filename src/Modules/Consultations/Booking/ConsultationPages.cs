using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// The SME's pages of the KI-Sprechstunde: its consultations, starting one, the questionnaire, the ranked use
/// cases, free slots and booking, the calendar file and the shared summary. They call the API's handlers.
/// </summary>
internal static class ConsultationPages
{
    public const string Path = "/beratung";

    public static void MapConsultationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ListAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path, StartAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapGet(Path + "/{id:guid}", (Guid id, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            ConsultationView.RenderAsync(http, session, clock, id, null, StatusCodes.Status200OK, ct)).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{id:guid}/fragebogen", AnswerAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{id:guid}/termin", BookAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{id:guid}/absagen", CancelAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapGet(Path + "/{id:guid}/kalender.ics", CalendarAsync).RequireAuthorization(Policies.OrganisationMember);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, CancellationToken ct) =>
        await RenderListAsync(http, session, FormState.Empty().With("contactEmail", http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value), StatusCodes.Status200OK, ct);

    private static async Task<IResult> RenderListAsync(HttpContext http, IQuerySession session, FormState state, int status, CancellationToken ct)
    {
        var organisationId = http.User.OrganisationId() ?? Guid.Empty;
        var consultations = await session.Query<Consultation>().Where(c => c.OrganisationId == organisationId).ToListAsync(ct);
        var offerings = await session.Query<ConsultationOffering>().ToListAsync(ct);
        var model = new ConsultationsModel([.. consultations.OrderByDescending(c => c.StartsAt ?? DateTimeOffset.MaxValue)], offerings);
        return UiPages.Render<ConsultationsPage>(new { Model = model, State = state }, status);
    }

    private static async Task<IResult> StartAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var input = FormBinder.Bind<RequestEndpoints.StartInput>(state);
        if (input is not null)
        {
            var result = await RequestEndpoints.Start(http.User.OrganisationId()!.Value, input with { Language = UiText.Language, ContactEmail = Blank(input.ContactEmail) }, session, clock, ct);
            var outcome = ApiOutcome.From(result);
            if (outcome.Succeeded && result.GetType().GetProperty("Location")?.GetValue(result) is string location)
            {
                var id = location.Split('/')[^1];
                return UiPages.Done(http, $"{Path}/{id}", UiText.T("Ihre Anfrage ist angelegt. Bitte beantworten Sie den Fragebogen.", "Your request is open. Please answer the questionnaire."));
            }
            state.Absorb(outcome);
        }
        return await RenderListAsync(http, session, state, StatusCodes.Status400BadRequest, ct);
    }

    private static async Task<IResult> AnswerAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (await Own(session, http, id, ct) is not { } consultation)
        {
            return Results.NotFound();
        }
        var questionnaire = await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var answers = questionnaire is null ? [] : QuestionnaireForm.Read(questionnaire.Current, state);
        var result = await RequestEndpoints.Answer(consultation.OrganisationId, id, new RequestEndpoints.AnswerInput(answers), session, clock, ct);
        var outcome = ApiOutcome.From(result);
        if (outcome.Succeeded)
        {
            return UiPages.Done(http, $"{Path}/{id}#anwendungsfaelle", UiText.T("Danke! Ihre Antworten sind gespeichert. Unten finden Sie passende Anwendungsfälle und freie Termine.",
                "Thank you! Your answers are saved. Below are fitting use cases and free slots."));
        }
        state.Absorb(outcome);
        return await ConsultationView.RenderAsync(http, session, clock, id, new ConsultationView.Forms(Questionnaire: state), outcome.Status, ct);
    }

    private static async Task<IResult> BookAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, [FromServices] BookingEndpoints.Services services, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (await Own(session, http, id, ct) is not { } consultation)
        {
            return Results.NotFound();
        }
        var input = FormBinder.Bind<BookingEndpoints.SlotInput>(state);
        if (input is { StartsAt: null })
        {
            state.AddError("startsAt", UiText.T("Bitte wählen Sie einen freien Termin.", "Please choose a free slot."));
        }
        if (input is { StartsAt: not null })
        {
            var result = await BookingEndpoints.Change(consultation.OrganisationId, id, input, services, created: true, ct);
            var outcome = ApiOutcome.From(result);
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, $"{Path}/{id}", UiText.T("Ihre KI-Sprechstunde ist gebucht. Die Bestätigung mit Kalendereintrag kommt per E-Mail.",
                    "Your AI consultation is booked. The confirmation with a calendar entry comes by e-mail."));
            }
            state.Absorb(outcome);
            state.Summary = Said(result, outcome);
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        return await ConsultationView.RenderAsync(http, session, clock, id, new ConsultationView.Forms(Slots: state), state.Errors.Count > 0 ? 400 : 409, ct);
    }

    private static async Task<IResult> CancelAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, [FromServices] BookingEndpoints.Services services, CancellationToken ct)
    {
        if (await Own(session, http, id, ct) is not { } consultation)
        {
            return Results.NotFound();
        }
        var result = await BookingEndpoints.Change(consultation.OrganisationId, id, null, services, created: false, ct);
        var outcome = ApiOutcome.From(result);
        return outcome.Succeeded
            ? UiPages.Done(http, $"{Path}/{id}", UiText.T("Ihre Sprechstunde ist abgesagt.", "Your consultation is cancelled."))
            : UiPages.Failed(http, $"{Path}/{id}", Said(result, outcome));
    }

    private static async Task<IResult> CalendarAsync(Guid id, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (await Own(session, http, id, ct) is not { StartsAt: { } starts, EndsAt: { } ends } c || c.Status is not (ConsultationStatus.Booked or ConsultationStatus.Cancelled))
        {
            return Results.NotFound();
        }
        var offering = await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(c.OfferingId), ct);
        var expert = c.ExpertId is { } e ? await session.LoadAsync<Experts.ConsultationExpert>(e, ct) : null;
        var calendar = CalendarFile.Write(new CalendarEntry($"consultation-{c.Id:D}@kompetenzzentrum", c.Sequence, starts, ends, UiText.T("KI-Sprechstunde", "AI consultation"),
            offering?.Where(expert), c.Status == ConsultationStatus.Cancelled ? CalendarStatus.Cancelled : CalendarStatus.Confirmed, clock.GetUtcNow()), "Consultations");
        return Results.File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", "ki-sprechstunde.ics");
    }

    /// <summary>The consultation when it belongs to the user's organisation (else null: answer 404).</summary>
    internal static async Task<Consultation?> Own(IQuerySession session, HttpContext http, Guid id, CancellationToken ct) =>
        await session.LoadAsync<Consultation>(id, ct) is { } c && http.User.OrganisationId() == c.OrganisationId ? c : null;

    /// <summary>The API's refusal of a booking change, said plainly in the page's language.</summary>
    private static string Said(IResult result, ApiOutcome outcome)
    {
        var type = (result as ProblemHttpResult)?.ProblemDetails.Type;
        var title = outcome.Title ?? "";
        return title switch
        {
            _ when type == "urn:kompetenzzentrum:consultation-limit" => UiText.T("Ihr Unternehmen hat in diesem Quartal bereits die mögliche Zahl an Sprechstunden gebucht.",
                "Your company has already booked the possible number of consultations this quarter."),
            _ when type == "urn:kompetenzzentrum:questionnaire-first" => UiText.T("Bitte beantworten Sie zuerst den Fragebogen.", "Please answer the questionnaire first."),
            _ when title.Contains("no longer free", StringComparison.Ordinal) || title.Contains("taken at the same moment", StringComparison.Ordinal) =>
                UiText.T("Dieser Termin wurde gerade von jemand anderem gebucht. Bitte wählen Sie einen anderen freien Termin.",
                    "This slot was just booked by someone else. Please choose another free slot."),
            _ when title.StartsWith("Changes are possible until", StringComparison.Ordinal) =>
                UiText.T("Änderungen und Absagen sind nur bis kurz vor dem Termin möglich; bitte melden Sie sich beim Kompetenzzentrum.",
                    "Changes and cancellations are possible only until shortly before the slot; please contact the center."),
            _ when outcome.Errors.Count > 0 => UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields."),
            _ => UiText.T("Das hat nicht geklappt. Bitte laden Sie die Seite neu.", "That did not work. Please reload the page."),
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
