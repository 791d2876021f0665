using Kompetenzzentrum.Modules.Networking.Merges;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Kompetenzzentrum.Modules.Networking.Regions;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>What a startup offers: solution topics, technologies, solutions, references, stage, industries.</summary>
// SolutionTopics: Topic keys the startup has solutions for.
// Industries: WZ 2008 section letters the startup has experience in.
internal sealed record StartupProfileDetails(
    string Name,
    IReadOnlyList<string> SolutionTopics,
    IReadOnlyList<string> Technologies,
    IReadOnlyList<string> Solutions,
    IReadOnlyList<string> References,
    StartupStage Stage,
    IReadOnlyList<string> Industries,
    string FederalState,
    string Postcode,
    ContactPerson Contact)
{
    /// <summary>What an erased organisation's stored events keep: topics, stage, industries, state, postcode region.</summary>
    public StartupProfileDetails Masked() => this with
    {
        Name = "",
        Technologies = [],
        Solutions = [],
        References = [],
        Postcode = Postcodes.Masked(Postcode),
        Contact = ContactPerson.Erased,
    };
}

internal sealed record StartupProfileCreated(Guid OrganisationId, StartupProfileDetails Details, DateTimeOffset At);

internal sealed record StartupProfileChanged(Guid OrganisationId, StartupProfileDetails Details, DateTimeOffset At);

internal sealed record StartupMatchingPaused(Guid OrganisationId, DateTimeOffset At);

internal sealed record StartupMatchingResumed(Guid OrganisationId, DateTimeOffset At);

/// <summary>A startup's matching profile; the stream id is the organisation id.</summary>
internal sealed record StartupProfile(Guid Id, StartupProfileDetails Details, bool OptedIn, DateTimeOffset UpdatedAt);

/// <summary>Keyed by the organisation id, like <see cref="SmeProfileProjection"/>.</summary>
internal sealed partial class StartupProfileProjection : MultiStreamProjection<StartupProfile, Guid>
{
    public StartupProfileProjection()
    {
        Identity<StartupProfileCreated>(e => e.OrganisationId);
        Identity<StartupProfileChanged>(e => e.OrganisationId);
        Identity<StartupMatchingPaused>(e => e.OrganisationId);
        Identity<StartupMatchingResumed>(e => e.OrganisationId);
        Identity<NetworkOrganisationErased>(e => e.OrganisationId);
        DeleteEvent<NetworkOrganisationErased>();
        Identity<NetworkOrganisationMerged>(e => e.OrganisationId);
        DeleteEvent<NetworkOrganisationMerged>();
    }

    public static StartupProfile Create(StartupProfileCreated e) => new(e.OrganisationId, e.Details, true, e.At);

    public static StartupProfile Apply(StartupProfileChanged e, StartupProfile p) => p with { Details = e.Details, UpdatedAt = e.At };

    public static StartupProfile Apply(StartupMatchingPaused e, StartupProfile p) => p with { OptedIn = false, UpdatedAt = e.At };

    public static StartupProfile Apply(StartupMatchingResumed e, StartupProfile p) => p with { OptedIn = true, UpdatedAt = e.At };
}
