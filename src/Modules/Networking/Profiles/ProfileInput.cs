using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
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
    public static List<FieldError> Check(SaveSmeProfile body, out SmeProfileDetails? details)
    {
        var problems = CheckCommon(body.Name, body.FederalState, body.Postcode, body.Contact);
        When(problems, body.ChallengeTopics is not { Count: > 0 }, "challengeTopics", "networking.challenge-topics-required");
        When(problems, body.MaturityLevel is not { } level || !Enum.IsDefined(level), "maturityLevel", "networking.maturity-level-required");
        When(problems, !Industries.IsSection(body.Industry), "industry", "networking.industry-required");
        CheckTopics(problems, "challengeTopics", body.ChallengeTopics);
        details = problems.Count == 0
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

    public static List<FieldError> Check(SaveStartupProfile body, out StartupProfileDetails? details)
    {
        var problems = CheckCommon(body.Name, body.FederalState, body.Postcode, body.Contact);
        When(problems, body.SolutionTopics is not { Count: > 0 }, "solutionTopics", "networking.solution-topics-required");
        When(problems, body.Stage is not { } stage || !Enum.IsDefined(stage), "stage", "networking.stage-required");
        When(problems, body.Industries?.Any(i => !Industries.IsSection(i)) == true, "industries", "networking.industries-format");
        CheckTopics(problems, "solutionTopics", body.SolutionTopics);
        details = problems.Count == 0
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

    private static List<FieldError> CheckCommon(string? name, string? federalState, string? postcode, ContactInput? contact)
    {
        var problems = new List<FieldError>();
        When(problems, string.IsNullOrWhiteSpace(name), "name", "networking.name-required");
        if (federalState is null || !StateBorders.IsKnown(federalState))
        {
            problems.Add(
                new FieldError("federalState", "networking.federal-state-required", TextArgs.Of(("states", string.Join(", ", StateBorders.Codes)))));
        }
        When(problems, !Postcodes.IsValid(postcode), "postcode", "networking.postcode-format");
        When(problems, string.IsNullOrWhiteSpace(contact?.Name), "contact.name", "networking.contact-name-required");
        When(problems, contact?.Email is not { } email || !email.Contains('@', StringComparison.Ordinal), "contact.email",
            "networking.contact-email-required");
        return problems;
    }

    private static void When(List<FieldError> problems, bool condition, string field, string code)
    {
        if (condition)
        {
            problems.Add(new FieldError(field, code));
        }
    }

    private static void CheckTopics(List<FieldError> problems, string field, IReadOnlyList<string>? topics)
    {
        foreach (var unknown in (topics ?? []).Where(t => t is null || !Topics.IsKnown(t)))
        {
            problems.Add(new FieldError(field, "networking.topic-unknown", TextArgs.Of(("topic", unknown))));
        }
    }

    private static string[] Texts(IReadOnlyList<string>? texts) =>
        [.. (texts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];

    private static ContactPerson Contact(ContactInput input) =>
        new(input.Name!.Trim(), input.Email!.Trim(), string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim());
}
