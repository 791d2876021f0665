using JasperFx.Events;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Organisations;
using Marten;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Networking.RoundPlans;

/// <summary>One organisation's confirmed booking of a matchmaking session.</summary>
internal sealed record Attendance(Guid BookingId, Guid OrganisationId);

/// <summary>
/// Who holds confirmed seats in a session of a matchmaking-event offering, built from the catalog's public
/// booking events (this module never reads the catalog's documents). Keyed by the catalog's session id.
/// </summary>
internal sealed record MatchmakingAttendees(Guid Id, Guid OfferingId, IReadOnlyList<Attendance> Attendances)
{
    public IReadOnlyList<Guid> Organisations => [.. Attendances.Select(a => a.OrganisationId).Distinct()];
}

/// <summary>
/// Keeps <see cref="MatchmakingAttendees"/> inline with the booking. Every booking of every offering type passes
/// here, and almost none is a matchmaking event's, so this looks at each event once and loads a document only for
/// a matchmaking session. (As a multi-stream projection Marten sliced every booking event to find no identity,
/// about 8% of the host's CPU per booking.)
/// </summary>
internal sealed class MatchmakingAttendeesProjection : IProjection
{
    public const string OfferingType = "matchmaking-event";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        Dictionary<Guid, MatchmakingAttendees?>? changed = null;
        foreach (var @event in events)
        {
            if (@event.Data is OrganisationsMerged merged)
            {
                await MergeAsync(operations, changed ??= [], merged, cancellation);
                continue;
            }
            var sessionId = @event.Data switch
            {
                BookingConfirmed { OfferingType: OfferingType } c => c.SessionId,
                BookingCancelled { OfferingType: OfferingType } x => x.SessionId,
                _ => Guid.Empty,
            };
            if (sessionId == Guid.Empty)
            {
                continue;
            }
            changed ??= [];
            if (!changed.TryGetValue(sessionId, out var attendees))
            {
                attendees = await operations.LoadAsync<MatchmakingAttendees>(sessionId, cancellation);
            }
            changed[sessionId] = Evolve(attendees, @event.Data);
        }
        foreach (var attendees in changed?.Values.OfType<MatchmakingAttendees>() ?? [])
        {
            operations.Store(attendees);
        }
    }

    /// <summary>
    /// The duplicate's seats are the survivor's from here on (the catalog moved its bookings in the same merge); replayed in a
    /// rebuild after the bookings it moves, so a rebuilt list names the survivor too.
    /// </summary>
    private static async Task MergeAsync(IDocumentOperations operations, Dictionary<Guid, MatchmakingAttendees?> changed, OrganisationsMerged merged,
        CancellationToken cancellation)
    {
        var held = await operations.Query<MatchmakingAttendees>().Where(a => a.Attendances.Any(x => x.OrganisationId == merged.DuplicateId))
            .ToListAsync(cancellation);
        foreach (var attendees in held)
        {
            changed.TryAdd(attendees.Id, attendees);
        }
        foreach (var (id, attendees) in changed.ToList())
        {
            changed[id] = attendees is null ? null : Moved(attendees, merged);
        }
    }

    public static MatchmakingAttendees Moved(MatchmakingAttendees attendees, OrganisationsMerged merged) => attendees with
    {
        Attendances =
            [.. attendees.Attendances.Select(a => a.OrganisationId == merged.DuplicateId ? a with { OrganisationId = merged.SurvivorId } : a)],
    };

    public static MatchmakingAttendees? Evolve(MatchmakingAttendees? attendees, object e) => (attendees, e) switch
    {
        (null, BookingConfirmed c) => new(c.SessionId, c.OfferingId, [new(c.BookingId, c.OrganisationId)]),
        (not null, BookingConfirmed c) => attendees with
        {
            Attendances = [.. attendees.Attendances.Where(a => a.BookingId != c.BookingId), new(c.BookingId, c.OrganisationId)],
        },
        (not null, BookingCancelled x) => attendees with { Attendances = [.. attendees.Attendances.Where(a => a.BookingId != x.BookingId)] },
        _ => attendees,
    };
}
