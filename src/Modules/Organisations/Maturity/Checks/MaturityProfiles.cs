using Kompetenzzentrum.Contracts.Maturity;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>The latest result as other modules may read it (<see cref="IMaturityProfiles"/>).</summary>
internal sealed class MaturityProfiles(IDocumentStore store) : IMaturityProfiles
{
    public async Task<MaturityProfile?> FindAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<MaturityHistory>(organisationId, cancellationToken))?.Latest is { } latest
            ? ToProfile(organisationId, latest)
            : null;
    }

    public static MaturityProfile ToProfile(Guid organisationId, MaturityRound latest) => new(
        organisationId,
        latest.Level,
        latest.OverallScore,
        latest.TopicGaps.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal),
        latest.PrefersAsynchronous);
}
