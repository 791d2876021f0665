using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Segments;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns;

/// <summary>The pure decisions of campaigns: a valid draft, and sending once.</summary>
internal static class CampaignDecider
{
    public const string SubjectRequired = "integrations.newsletter.subject-required";
    public const string BodyRequired = "integrations.newsletter.body-required";
    public const string BodyInvalid = "integrations.newsletter.body-invalid";
    public const string LanguageUnknown = "integrations.newsletter.language-unknown";
    public const string AlreadySent = "integrations.newsletter.campaign-already-sent";
    public const string NotFound = "integrations.newsletter.campaign-not-found";

    /// <summary>A draft, or field errors; <paramref name="bodyErrors"/> are the template's problems (parsed and test-rendered).</summary>
    public static Result<Campaign> Draft(
        DraftCampaign body, IReadOnlyList<TemplateError> bodyErrors, IReadOnlySet<string> offeringTypes, Guid id, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.Subject) || body.Subject.Length > 200 || body.Subject.Contains('\n'))
        {
            errors.Add(new FieldError("subject", SubjectRequired));
        }
        if (string.IsNullOrWhiteSpace(body.Body) || body.Body.Length > 100_000)
        {
            errors.Add(new FieldError("body", BodyRequired));
        }
        else
        {
            errors.AddRange(bodyErrors.Select(e => new FieldError("body", BodyInvalid,
                TextArgs.Of(("line", e.Line), ("column", e.Column), ("message", e.Message)))));
        }
        if (body.Language is not null and not "de" and not "en")
        {
            errors.Add(new FieldError("language", LanguageUnknown));
        }
        var segment = body.Segment ?? Segment.Everyone;
        errors.AddRange(segment.Check(offeringTypes));
        return errors.Count > 0
            ? Refusal.Invalid(errors)
            : new Campaign(id, body.Subject!.Trim(), body.Body!, body.Language ?? "de", segment, CampaignStatus.Draft, now);
    }

    public static Result<Campaign> Send(Campaign? campaign, int recipients, DateTimeOffset now) => campaign switch
    {
        null => Refusal.NotFound(NotFound),
        { Status: CampaignStatus.Sending } => Refusal.Conflict(AlreadySent),
        _ => campaign with { Status = CampaignStatus.Sending, SentAt = now, Queued = recipients },
    };
}
