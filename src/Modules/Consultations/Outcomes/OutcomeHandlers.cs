using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Outcomes;

/// <summary>The answer to a recorded talk.</summary>
internal sealed record ConsultationRecorded(Guid Id, string Status, IReadOnlyList<Guid> RecommendedOfferingIds);

/// <summary>
/// The expert records a held talk, for the API (<see cref="OutcomeEndpoints"/>) and the back office page
/// (<see cref="StaffConsultationPages"/>); the catalog's slot engine completes the booking in the same unit of work.
/// </summary>
internal static class OutcomeHandlers
{
    public static async Task<Result<ConsultationRecorded>> RecordAsync(
        Guid id, OutcomeEndpoints.OutcomeInput body, IDocumentSession session, ISlotBookings slots, TimeProvider clock, CancellationToken ct)
    {
        const int max = OutcomeEndpoints.MaxText;
        var steps = body.NextSteps ?? [];
        var errors = new List<FieldError>();
        if (body.PrivateNotes is { Length: > max })
        {
            errors.Add(new FieldError("privateNotes", "consultations.private-notes-too-long", TextArgs.Of(("max", max))));
        }
        if (string.IsNullOrWhiteSpace(body.Summary) || body.Summary.Length > max)
        {
            errors.Add(new FieldError("summary", "consultations.summary-required", TextArgs.Of(("max", max))));
        }
        if (steps.Count > 20 || steps.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > 500))
        {
            errors.Add(new FieldError("nextSteps", "consultations.next-steps-format"));
        }
        if ((body.RecommendedOfferingIds ?? []).Any(o => o == Guid.Empty) || (body.RecommendedOfferingIds?.Count ?? 0) > 20)
        {
            errors.Add(new FieldError("recommendedOfferingIds", "consultations.recommended-offerings-format"));
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var stream = await session.Events.FetchForWriting<Consultation>(id, ct);
        if (stream.Aggregate is not { } c)
        {
            return Refusal.NotFound("consultations.not-found");
        }
        var now = clock.GetUtcNow();
        if (c.Status != ConsultationStatus.Booked || now < c.StartsAt)
        {
            return Refusal.Conflict("consultations.outcome-too-early");
        }
        // The catalog completes the slot's booking and raises the participation's public fact, as for any booking.
        var completed = await slots.CompleteAsync(session, c.BookingId!.Value, ct);
        if (completed.Refusal is { } refused)
        {
            return refused;
        }
        var recommended = (body.RecommendedOfferingIds ?? []).Distinct().ToList();
        stream.AppendOne(new ConsultationHeld(id, recommended, now));
        var texts = await session.LoadAsync<ConsultationTexts>(id, ct);
        if (texts is not null)
        {
            session.Store(
                texts with
                {
                    PrivateNotes = body.PrivateNotes?.Trim(),
                    Summary = body.Summary!.Trim(),
                    NextSteps = steps.Select(s => s.Trim()).ToList()
                });
        }
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return Refusal.Conflict("consultations.changed-meanwhile");
        }
        return new ConsultationRecorded(id, "held", recommended);
    }
}
