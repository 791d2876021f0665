using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Merges;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Kompetenzzentrum.Modules.Networking.Regions;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>What an SME says about itself for matching: its challenges, industry, region and maturity.</summary>
// ChallengeTopics: Topic keys of Topics the SME has problems in.
// Industry: WZ 2008 section letter A–U.
// FederalState: ISO 3166-2:DE code without prefix, e.g. BE.
internal sealed record SmeProfileDetails(
    string Name,
    IReadOnlyList<string> ChallengeTopics,
    IReadOnlyList<string> ProblemStatements,
    string Industry,
    string FederalState,
    string Postcode,
    MaturityLevel MaturityLevel,
    ContactPerson Contact)
{
    /// <summary>What an erased organisation's stored events keep: topics, industry, state, postcode region, level.</summary>
    public SmeProfileDetails Masked() =>
        this with { Name = "", ProblemStatements = [], Postcode = Postcodes.Masked(Postcode), Contact = ContactPerson.Erased };
}

internal sealed record SmeProfileCreated(Guid OrganisationId, SmeProfileDetails Details, DateTimeOffset At);

internal sealed record SmeProfileChanged(Guid OrganisationId, SmeProfileDetails Details, DateTimeOffset At);

internal sealed record SmeMatchingPaused(Guid OrganisationId, DateTimeOffset At);

internal sealed record SmeMatchingResumed(Guid OrganisationId, DateTimeOffset At);

/// <summary>Staff put a startup on top of an SME's proposals, or proposed it by hand.</summary>
internal sealed record ProposalPinned(Guid OrganisationId, Guid StartupId, DateTimeOffset At);

/// <summary>Staff took a startup out of an SME's proposals.</summary>
internal sealed record ProposalHidden(Guid OrganisationId, Guid StartupId, DateTimeOffset At);

/// <summary>An SME's matching profile with staff curation; the stream id is the organisation id.</summary>
internal sealed record SmeProfile(
    Guid Id,
    SmeProfileDetails Details,
    bool OptedIn,
    IReadOnlyList<Guid> Pinned,
    IReadOnlyList<Guid> Hidden,
    DateTimeOffset UpdatedAt);

/// <summary>
/// The document is keyed by the organisation id; the stream is not (see <see cref="ProfileStreams"/>), so the
/// identity comes from the events.
/// </summary>
internal sealed partial class SmeProfileProjection : MultiStreamProjection<SmeProfile, Guid>
{
    public SmeProfileProjection()
    {
        Identity<SmeProfileCreated>(e => e.OrganisationId);
        Identity<SmeProfileChanged>(e => e.OrganisationId);
        Identity<SmeMatchingPaused>(e => e.OrganisationId);
        Identity<SmeMatchingResumed>(e => e.OrganisationId);
        Identity<ProposalPinned>(e => e.OrganisationId);
        Identity<ProposalHidden>(e => e.OrganisationId);
        Identity<NetworkOrganisationErased>(e => e.OrganisationId);
        DeleteEvent<NetworkOrganisationErased>();
        Identity<NetworkOrganisationMerged>(e => e.OrganisationId);
        DeleteEvent<NetworkOrganisationMerged>();
    }

    public static SmeProfile Create(SmeProfileCreated e) => new(e.OrganisationId, e.Details, true, [], [], e.At);

    public static SmeProfile Apply(SmeProfileChanged e, SmeProfile p) => p with { Details = e.Details, UpdatedAt = e.At };

    public static SmeProfile Apply(SmeMatchingPaused e, SmeProfile p) => p with { OptedIn = false, UpdatedAt = e.At };

    public static SmeProfile Apply(SmeMatchingResumed e, SmeProfile p) => p with { OptedIn = true, UpdatedAt = e.At };

    public static SmeProfile Apply(ProposalPinned e, SmeProfile p) => p with
    {
        Pinned = [.. p.Pinned.Where(id => id != e.StartupId), e.StartupId],
        Hidden = [.. p.Hidden.Where(id => id != e.StartupId)],
    };

    public static SmeProfile Apply(ProposalHidden e, SmeProfile p) => p with
    {
        Pinned = [.. p.Pinned.Where(id => id != e.StartupId)],
        Hidden = [.. p.Hidden.Where(id => id != e.StartupId), e.StartupId],
    };
}
