using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Consultations.Outcomes;

/// <summary>
/// The back office of the KI-Sprechstunde: the calendar of talks per day and expert, the experts with their
/// availability, and one talk with the answers, private notes and the summary shared with the SME.
/// </summary>
internal static class StaffConsultationPages
{
    public const string Path = "/backoffice/beratung";

    public static void MapStaffConsultationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, CalendarAsync).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/{id:guid}", (Guid id, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            RenderTalkAsync(session, clock, id, null, StatusCodes.Status200OK, ct)).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}/ergebnis", RecordAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> CalendarAsync(IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        // Upcoming talks, and those of the last two weeks still waiting for their outcome.
        var since = clock.GetUtcNow().AddDays(-14);
        var talks = await session.Query<Consultation>().Where(c => c.Status == ConsultationStatus.Booked && c.StartsAt >= since).ToListAsync(ct);
        var ids = talks.Select(t => t.Id).ToArray();
        var contacts = (await session.Query<ConsultationTexts>().Where(t => t.Id.In(ids)).ToListAsync(ct))
            .ToDictionary(t => t.Id, t => t.ContactEmail);
        var experts = await session.Query<ConsultationExpert>().ToListAsync(ct);
        var model = new CalendarModel([.. talks.OrderBy(t => t.StartsAt)], contacts,
            [.. experts.OrderByDescending(e => e.Active).ThenBy(e => string.Join(',', e.Tags), StringComparer.Ordinal)], clock.GetUtcNow());
        return UiPages.Render<ConsultationCalendarPage>(new { Model = model });
    }

    private static async Task<IResult> RecordAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var steps = state.Lines("nextSteps").ToList();
        var input = new OutcomeEndpoints.OutcomeInput(Blank(state.Value("privateNotes")), Blank(state.Value("summary")), steps, null);
        var result = await OutcomeHandlers.RecordAsync(id, input, session, http.RequestServices.GetRequiredService<ISlotBookings>(), clock, ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, $"{Path}/{id}", texts.Get("consultations.outcome-recorded"));
        }
        if (refusal.Kind == RefusalKind.NotFound)
        {
            return Results.NotFound();
        }
        state.Absorb(refusal, texts);
        return await RenderTalkAsync(session, clock, id, state, RefusalResults.StatusOf(refusal.Kind), ct);
    }

    private static async Task<IResult> RenderTalkAsync(IQuerySession session, TimeProvider clock, Guid id, FormState? state, int status,
        CancellationToken ct)
    {
        if (await session.LoadAsync<Consultation>(id, ct) is not { } c)
        {
            return Results.NotFound();
        }
        var texts = await session.LoadAsync<ConsultationTexts>(id, ct);
        var questionnaire = (await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct))?.Find(
            c.QuestionnaireVersion);
        var expert = c.ExpertId is { } e ? await session.LoadAsync<ConsultationExpert>(e, ct) : null;
        var model = new TalkModel(c, texts, questionnaire, expert, c.StartsAt is { } at && clock.GetUtcNow() >= at);
        return UiPages.Render<ConsultationTalkPage>(new { Model = model, State = state ?? FormState.Empty() }, status);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
