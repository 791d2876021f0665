using System.Net.Mail;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>The pure decisions of the double opt-in: ask, confirm with the mailed token, withdraw.</summary>
internal static class SubscriptionDecider
{
    public const string EmailInvalid = "integrations.newsletter.email-invalid";
    public const string TopicUnknown = "integrations.newsletter.topic-unknown";
    public const string OrganisationTooLong = "integrations.newsletter.organisation-too-long";
    public const string LanguageUnknown = "integrations.newsletter.language-unknown";
    public const string TokenUnknown = "integrations.newsletter.token-unknown";

    /// <summary>The address as it is kept and compared: trimmed, lower case.</summary>
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public static Decision Request(
        NewsletterSubscriber? current, SubscribeNewsletter body, Subscriber who, Guid subscriberId, string tokenHash, DateTimeOffset now)
    {
        var errors = Validate(body);
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (current is { Status: SubscriberStatus.Confirmed })
        {
            return Decision.Accept(); // already in: nothing to confirm, and the answer does not tell
        }
        var topics = (body.Topics ?? []).Distinct(StringComparer.Ordinal).ToList();
        return Decision.Accept(new NewsletterSubscriptionRequested(subscriberId, Normalise(body.Email!), Blank(body.Organisation),
            who.OrganisationId, who.AccountId, topics, body.Language ?? "de", tokenHash, who.Source, now));
    }

    public static Decision Confirm(NewsletterSubscriber? current, string tokenHash, string source, string textVersion, DateTimeOffset now) =>
        current is { Status: SubscriberStatus.Pending, TokenHash: { } hash } && hash == tokenHash
            ? Decision.Accept(new NewsletterConsentGiven(current.Id, source, textVersion, now))
            : Refusal.NotFound(TokenUnknown);

    public static Decision Withdraw(NewsletterSubscriber? current, string source, DateTimeOffset now) => current switch
    {
        null => Refusal.NotFound(TokenUnknown),
        { Status: SubscriberStatus.Withdrawn } => Decision.Accept(), // a second click changes nothing
        _ => Decision.Accept(new NewsletterConsentWithdrawn(current.Id, source, now)),
    };

    private static List<FieldError> Validate(SubscribeNewsletter body)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.Email) || body.Email.Length > 254 || !MailAddress.TryCreate(body.Email.Trim(), out var parsed)
            || parsed.Address != body.Email.Trim())
        {
            errors.Add(new FieldError("email", EmailInvalid));
        }
        if (body.Organisation is { Length: > 200 })
        {
            errors.Add(new FieldError("organisation", OrganisationTooLong));
        }
        foreach (var topic in (body.Topics ?? []).Where(t => t is null || !Topics.IsKnown(t)))
        {
            errors.Add(new FieldError("topics", TopicUnknown, TextArgs.Of(("topic", topic))));
        }
        if (body.Language is not null and not "de" and not "en")
        {
            errors.Add(new FieldError("language", LanguageUnknown));
        }
        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
