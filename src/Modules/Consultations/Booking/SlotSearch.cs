using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>A free slot of one expert.</summary>
internal sealed record FreeSlot(Guid ExpertId, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// Finds free slots for a consultation: the fitting experts in routing order (<see cref="ExpertRouting"/>),
/// their generated slots within minimum notice and booking horizon, minus every slot already taken.
/// </summary>
internal static class SlotSearch
{
    public static async Task<IReadOnlyList<ConsultationExpert>> RoutedExpertsAsync(IQuerySession session, ISlotBookings slots, AnswerProfile profile,
        CancellationToken ct)
    {
        var experts = await session.Query<ConsultationExpert>().Where(e => e.Active).ToListAsync(ct);
        // Least recently booked: the expert whose latest booked slot starts earliest.
        var latest = await slots.LatestBookedAsync(experts.Select(e => e.Id).ToList(), ct);
        var candidates = experts.Select(e => new ExpertCandidate(e.Id, e.Tags, latest.TryGetValue(e.Id, out var at) ? at : null));
        var byId = experts.ToDictionary(e => e.Id);
        return ExpertRouting.Order(candidates, profile).Select(c => byId[c.ExpertId]).ToList();
    }

    /// <summary>The earliest and latest start the offering's rules allow now.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bookable(ConsultationOffering offering, DateTimeOffset now) =>
        (now.AddHours(offering.MinimumNoticeHours), now.AddDays(offering.HorizonDays));

    /// <summary>Free slots starting in [from, to), each expert's in routing order, then by time.</summary>
    public static async Task<IReadOnlyList<FreeSlot>> FreeAsync(ISlotBookings slots, IReadOnlyList<ConsultationExpert> experts, DateTimeOffset from,
        DateTimeOffset to, CancellationToken ct)
    {
        if (experts.Count == 0 || to <= from)
        {
            return [];
        }
        // A slot starting before the end may run past it: taken slots are read a day further.
        var taken = (await slots.TakenAsync(experts.Select(e => e.Id).ToList(), from, to.AddDays(1), ct)).ToLookup(s => s.ResourceId);
        var free = new List<FreeSlot>();
        foreach (var expert in experts)
        {
            var busy = taken[expert.Id].ToList();
            free.AddRange(SlotGenerator.Generate(expert.Availability, from, to)
                .Where(s => !busy.Any(b => b.StartsAt < s.EndsAt && s.StartsAt < b.EndsAt))
                .Select(s => new FreeSlot(expert.Id, s.StartsAt, s.EndsAt)));
        }
        return free;
    }
}
