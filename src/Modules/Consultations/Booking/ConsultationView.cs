using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>Gathers what the SME's consultation page shows and renders it, with forms shown again after an error.</summary>
internal static class ConsultationView
{
    /// <summary>How many free start times the page lists (the next four weeks at most).</summary>
    public const int MaxSlots = 40;

    /// <summary>Posted forms to show again: the questionnaire or the slot choice.</summary>
    public sealed record Forms(FormState? Questionnaire = null, FormState? Slots = null);

    public static async Task<IResult> RenderAsync(HttpContext http, IQuerySession session, TimeProvider clock, Guid id, Forms? forms, int status,
        CancellationToken ct)
    {
        if (await ConsultationPages.Own(session, http, id, ct) is not { } c)
        {
            return Results.NotFound();
        }
        var texts = await session.LoadAsync<ConsultationTexts>(id, ct);
        var questionnaire = await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var offering = await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(c.OfferingId), ct);
        var expert = c.ExpertId is { } e ? await session.LoadAsync<ConsultationExpert>(e, ct) : null;
        IReadOnlyList<DateTimeOffset> slots = [];
        if (c.Status == ConsultationStatus.Answered && offering is not null)
        {
            var (earliest, latest) = SlotSearch.Bookable(offering, clock.GetUtcNow());
            var until = latest < earliest.AddDays(28) ? latest : earliest.AddDays(28);
            var engine = http.RequestServices.GetRequiredService<ISlotBookings>();
            var free = await BookingEndpoints.FreeSlotsAsync(session, engine, c, earliest, until, ct);
            slots = [.. free.Select(s => s.StartsAt).Distinct().Order().Take(MaxSlots)];
        }
        var version = c.Status is ConsultationStatus.Requested or ConsultationStatus.Answered ? questionnaire?.Current
            : questionnaire?.Find(c.QuestionnaireVersion);
        return UiPages.Render<ConsultationPage>(new
        {
            Model = new ConsultationPageModel(c, texts, version, offering?.Where(expert), offering?.CancellationNoticeHours ?? 24, slots),
            QuestionnaireState = forms?.Questionnaire ?? QuestionnaireForm.Filled(c, texts),
            SlotState = forms?.Slots ?? FormState.Empty(),
        }, status);
    }
}
