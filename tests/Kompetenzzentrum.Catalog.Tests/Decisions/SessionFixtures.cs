using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>What the session deciders' tests start from, built one way: a three-hour session a week after "now", and its offering.</summary>
internal static class SessionFixtures
{
    /// <summary>The session scheduled a week after <paramref name="now"/>, then <paramref name="events"/> applied in order.</summary>
    public static SessionState Session(Guid sessionId, Guid offeringId, DateTimeOffset now, int capacity, IEnumerable<object> events) =>
        events.Aggregate(
            SessionState.Start(new SessionScheduled(sessionId, offeringId, now.AddDays(7), now.AddDays(7).AddHours(3), capacity)),
            (s, e) => s.Evolve(e));

    /// <summary>An on-site offering in Cottbus for every level; topics default to automation.</summary>
    public static CatalogEntry Offering(
        Guid offeringId, string type = "experience-tour", string[]? topics = null, int deadlineHours = 0, string status = OfferingStatus.Published) =>
        new(offeringId, Guid.NewGuid(), type, new("Tour", "Tour"), new("Text", "Text"), topics ?? ["automatisierung"],
            MaturityLevel.Einsteiger, MaturityLevel.Vorreiter, "on-site", "Cottbus", null, "de", deadlineHours, status);
}
