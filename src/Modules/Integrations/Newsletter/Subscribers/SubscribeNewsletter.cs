namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>The body of <c>POST /api/newsletter/subscriptions</c>: the address, optionally the organisation's name, topics and language.</summary>
internal sealed record SubscribeNewsletter(string? Email, string? Organisation, IReadOnlyList<string>? Topics, string? Language);

/// <summary>Who asks: a signed-in member brings its account and organisation (segments need the organisation).</summary>
internal sealed record Subscriber(Guid? AccountId, Guid? OrganisationId, string Source);
