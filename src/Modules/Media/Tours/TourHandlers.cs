using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Media.Editing;
using Marten;

namespace Kompetenzzentrum.Modules.Media.Tours;

/// <summary>Describing a tour and removing its description (the API and the tour page): load the tour's stream → <see cref="TourDecider"/> →
/// append.</summary>
internal static class TourHandlers
{
    /// <summary>Describes the tour based on version <paramref name="expected"/> (none for a first description); the description as saved.</summary>
    public static async Task<Result<Versioned<TourDetails>>> SetAsync(
        Guid offeringId, SetTourDetails command, long? expected, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var changed = await VersionedChange.ApplyAsync<TourStream>(session, TourStreams.Of(offeringId),
            (s, version) => TourDecider.Set(s, version, expected, offeringId, command, clock.GetUtcNow()), ct);
        return changed.Refusal is { } refused ? refused
            : new Versioned<TourDetails>(TourDetailsProjection.Create((TourDetailsSet)changed.Value.Value[0]), changed.Value.Version);
    }

    /// <summary>Removes the description based on version <paramref name="expected"/>; the stream's new version.</summary>
    public static async Task<Result<long>> RemoveAsync(Guid offeringId, long? expected, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var changed = await VersionedChange.ApplyAsync<TourStream>(session, TourStreams.Of(offeringId),
            (s, version) => TourDecider.Remove(s, version, expected, offeringId, clock.GetUtcNow()), ct);
        return changed.Refusal is { } refused ? refused : changed.Value.Version;
    }
}
