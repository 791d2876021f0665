using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>An SME profile as others see it: without the contact person.</summary>
internal sealed record SmeProfileView(
    Guid OrganisationId,
    string Name,
    IReadOnlyList<string> ChallengeTopics,
    IReadOnlyList<string> ProblemStatements,
    string Industry,
    string FederalState,
    string Postcode,
    MaturityLevel MaturityLevel,
    bool OptedIn,
    DateTimeOffset UpdatedAt)
{
    public static SmeProfileView Of(SmeProfile p) => new(
        p.Id, p.Details.Name, p.Details.ChallengeTopics, p.Details.ProblemStatements, p.Details.Industry,
        p.Details.FederalState, p.Details.Postcode, p.Details.MaturityLevel, p.OptedIn, p.UpdatedAt);
}
