namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>A startup profile as others see it: without the contact person.</summary>
internal sealed record StartupProfileView(
    Guid OrganisationId,
    string Name,
    IReadOnlyList<string> SolutionTopics,
    IReadOnlyList<string> Technologies,
    IReadOnlyList<string> Solutions,
    IReadOnlyList<string> References,
    StartupStage Stage,
    IReadOnlyList<string> Industries,
    string FederalState,
    string Postcode,
    bool OptedIn,
    DateTimeOffset UpdatedAt)
{
    public static StartupProfileView Of(StartupProfile p) => new(
        p.Id, p.Details.Name, p.Details.SolutionTopics, p.Details.Technologies, p.Details.Solutions, p.Details.References,
        p.Details.Stage, p.Details.Industries, p.Details.FederalState, p.Details.Postcode, p.OptedIn, p.UpdatedAt);
}
