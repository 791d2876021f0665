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
    public static async Task<IReadOnlyList<ConsultationExpert>> RoutedExpertsAsync(IQuerySession session, AnswerProfile profile, CancellationToken ct)
    {
        var experts = await session.Query<ConsultationExpert>().Where(e => e.Active).ToListAsync(ct);
        var candidates = new List<ExpertCandidate>();
        foreach (var expert in experts)
        {
            var last = await session.Query<ConsultationSlot>().Where(s => s.ExpertId == expert.Id).OrderByDescending(s => s.LastTakenAt)
                .FirstOrDefaultAsync(ct);
            candidates.Add(new ExpertCandidate(expert.Id, expert.Tags, last?.LastTakenAt));
        }
        var byId = experts.ToDictionary(e => e.Id);
        return ExpertRouting.Order(candidates, profile).Select(c => byId[c.ExpertId]).ToList();
    }

    /// <summary>The earliest and latest start the offering's rules allow now.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bookable(ConsultationOffering offering, DateTimeOffset now) =>
        (now.AddHours(offering.MinimumNoticeHours), now.AddDays(offering.HorizonDays));

    /// <summary>Free slots starting in [from, to), each expert's in routing order, then by time.</summary>
    public static async Task<IReadOnlyList<FreeSlot>> FreeAsync(IQuerySession session, IReadOnlyList<ConsultationExpert> experts, DateTimeOffset from,
        DateTimeOffset to, CancellationToken ct)
    {
        if (experts.Count == 0 || to <= from)
        {
            return [];
        }
        var ids = experts.Select(e => e.Id).ToArray();
        var earliest = from.AddDays(-1);
        var taken = (await session.Query<ConsultationSlot>()
                .Where(s => s.ExpertId.In(ids) && s.StartsAt >= earliest && s.StartsAt < to && s.ConsultationId != null)
                .ToListAsync(ct))
            .ToLookup(s => s.ExpertId);
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
