namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>
/// Someone asked for the newsletter: a confirmation link went to <paramref name="Email"/>; only the hash of its token
/// is kept. Asked again (a lost mail), the newer token replaces the older one.
/// </summary>
internal sealed record NewsletterSubscriptionRequested(
    Guid SubscriberId, string Email, string? Organisation, Guid? OrganisationId, Guid? AccountId, IReadOnlyList<string> Topics,
    string Language, string TokenHash, string Source, DateTimeOffset At);

/// <summary>The owner of the address opened the confirmation link: consent to the text of <paramref name="TextVersion"/>.</summary>
internal sealed record NewsletterConsentGiven(Guid SubscriberId, string Source, string TextVersion, DateTimeOffset At);

/// <summary>The subscriber withdrew consent (an unsubscribe link, a one-click POST of a mail client, or a page).</summary>
internal sealed record NewsletterConsentWithdrawn(Guid SubscriberId, string Source, DateTimeOffset At);
