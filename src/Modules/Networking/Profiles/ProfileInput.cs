using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Regions;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

internal sealed record ContactInput(string? Name, string? Email, string? Phone);

internal sealed record SaveSmeProfile(
    string? Name,
    IReadOnlyList<string>? ChallengeTopics,
    IReadOnlyList<string>? ProblemStatements,
    string? Industry,
    string? FederalState,
    string? Postcode,
    MaturityLevel? MaturityLevel,
    ContactInput? Contact);

internal sealed record SaveStartupProfile(
    string? Name,
    IReadOnlyList<string>? SolutionTopics,
    IReadOnlyList<string>? Technologies,
    IReadOnlyList<string>? Solutions,
    IReadOnlyList<string>? References,
    StartupStage? Stage,
    IReadOnlyList<string>? Industries,
    string? FederalState,
    string? Postcode,
    ContactInput? Contact);

internal sealed record SetMatching(bool OptedIn);

/// <summary>Checks profile input and turns it into details; every error names its JSON field.</summary>
internal static class ProfileInput
{
    public static FieldProblems Check(SaveSmeProfile body, out SmeProfileDetails? details)
    {
        var problems = CheckCommon(body.Name, body.FederalState, body.Postcode, body.Contact)
            .When(body.ChallengeTopics is not { Count: > 0 }, "challengeTopics",
                "Nennen Sie mindestens ein Thema, bei dem Sie Unterstützung suchen.", "Name at least one challenge topic.")
            .When(body.MaturityLevel is not { } level || !Enum.IsDefined(level), "maturityLevel", "Bitte wählen Sie die Reifestufe.",
                "Maturity level must be Einsteiger, Entdecker, Gestalter or Vorreiter.")
            .When(!Industries.IsSection(body.Industry), "industry", "Bitte wählen Sie die Branche.", "Industry must be a WZ 2008 section letter A to U.");
        CheckTopics(problems, "challengeTopics", body.ChallengeTopics);
        details = problems.IsEmpty
            ? new SmeProfileDetails(
                body.Name!.Trim(),
                [.. body.ChallengeTopics!.Distinct(StringComparer.Ordinal)],
                Texts(body.ProblemStatements),
                body.Industry!,
                body.FederalState!,
                body.Postcode!,
                body.MaturityLevel!.Value,
                Contact(body.Contact!))
            : null;
        return problems;
    }

    public static FieldProblems Check(SaveStartupProfile body, out StartupProfileDetails? details)
    {
        var problems = CheckCommon(body.Name, body.FederalState, body.Postcode, body.Contact)
            .When(body.SolutionTopics is not { Count: > 0 }, "solutionTopics",
                "Nennen Sie mindestens ein Thema, zu dem Sie Lösungen anbieten.", "Name at least one solution topic.")
            .When(body.Stage is not { } stage || !Enum.IsDefined(stage), "stage", "Bitte wählen Sie die Phase.", "Stage must be PreSeed, Seed, Growth or Established.")
            .When(body.Industries?.Any(i => !Industries.IsSection(i)) == true, "industries",
                "Bitte wählen Sie Branchen aus der Liste.", "Industries must be WZ 2008 section letters A to U.");
        CheckTopics(problems, "solutionTopics", body.SolutionTopics);
        details = problems.IsEmpty
            ? new StartupProfileDetails(
                body.Name!.Trim(),
                [.. body.SolutionTopics!.Distinct(StringComparer.Ordinal)],
                Texts(body.Technologies),
                Texts(body.Solutions),
                Texts(body.References),
                body.Stage!.Value,
                [.. (body.Industries ?? []).Distinct(StringComparer.Ordinal)],
                body.FederalState!,
                body.Postcode!,
                Contact(body.Contact!))
            : null;
        return problems;
    }

    private static FieldProblems CheckCommon(string? name, string? federalState, string? postcode, ContactInput? contact) =>
        new FieldProblems()
            .When(string.IsNullOrWhiteSpace(name), "name", "Das Profil braucht den Namen der Organisation.", "A profile needs the organisation's name.")
            .When(federalState is null || !StateBorders.IsKnown(federalState), "federalState", "Bitte wählen Sie das Bundesland.",
                "Federal state must be one of " + string.Join(", ", StateBorders.Codes) + ".")
            .When(!Postcodes.IsValid(postcode), "postcode", "Die Postleitzahl hat fünf Ziffern.", "Postcode must be five digits.")
            .When(string.IsNullOrWhiteSpace(contact?.Name), "contact.name", "Die Ansprechperson braucht einen Namen.", "A contact person needs a name.")
            .When(contact?.Email is not { } email || !email.Contains('@', StringComparison.Ordinal), "contact.email",
                "Die Ansprechperson braucht eine E-Mail-Adresse.", "A contact person needs an e-mail address.");

    private static void CheckTopics(FieldProblems problems, string field, IReadOnlyList<string>? topics)
    {
        foreach (var unknown in (topics ?? []).Where(t => t is null || !Topics.IsKnown(t)))
        {
            problems.Add(field, $"„{unknown}“ ist kein bekanntes Thema.", $"'{unknown}' is not a known topic key.");
        }
    }

    private static string[] Texts(IReadOnlyList<string>? texts) =>
        [.. (texts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];

    private static ContactPerson Contact(ContactInput input) =>
        new(input.Name!.Trim(), input.Email!.Trim(), string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim());
}
