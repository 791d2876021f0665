using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Networking.Merges;

/// <summary>
/// Staff merged organisation <paramref name="OrganisationId"/> into <paramref name="SurvivorId"/>: its profiles go (the profile
/// projections delete them on this event, also when rebuilt), the survivor's stay or take their place. In a stream of its own.
/// </summary>
internal sealed record NetworkOrganisationMerged(Guid OrganisationId, Guid SurvivorId, DateTimeOffset At);

/// <summary>Stream of <see cref="NetworkOrganisationMerged"/>: derived, the organisation's own id is the organisations module's stream.</summary>
internal static class NetworkMerges
{
    public static Guid StreamOf(Guid duplicateId) => Ids.Derived("networking-merge", duplicateId);
}
