using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Offerings;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>What was read before an SME applies: the published offering named (null when none is), and whether it already has an open application for
/// it.</summary>
internal sealed record ApplyState(SprintOffering? Offering, bool AlreadyApplied);

/// <summary>An SME applies for a sprint: the answers are given, the offering is published, one open application per offering.</summary>
internal static class ApplyDecider
{
    public const int MaxText = 4000;

    public static Decision Apply(ApplyState state, ApplyInput input, Guid applicationId, Guid organisationId, Guid accountId, DateTimeOffset now)
    {
        var max = TextArgs.Of(("max", MaxText));
        List<FieldError> problems = [
            .. When(input.OfferingId is null, new FieldError("offeringId", "sprints.application-offering-required")),
            .. When(!Valid(input.Motivation), new FieldError("motivation", "sprints.application-motivation", max)),
            .. When(!Valid(input.Goals), new FieldError("goals", "sprints.application-goals", max)),
            .. When(!Valid(input.Availability), new FieldError("availability", "sprints.application-availability", max)),
            .. When(input.OfferingId is not null && state.Offering is null, new FieldError("offeringId", "sprints.application-offering-unknown")),
        ];
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        if (state.AlreadyApplied)
        {
            return Refusal.Conflict("sprints.application-open");
        }
        var offering = state.Offering!;
        return Decision.Accept(new SprintApplied(applicationId, organisationId, offering.Id, offering.Topics, accountId,
            input.Motivation!.Trim(), input.Goals!.Trim(), input.Availability!.Trim(), now));
    }

    private static bool Valid(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxText;

    private static IEnumerable<FieldError> When(bool wrong, FieldError error) => wrong ? [error] : [];
}
