namespace Kompetenzzentrum.Modules.Integrations.Subscriptions;

/// <summary>The body of <c>POST /api/webhooks</c>.</summary>
internal sealed record RegisterWebhook(string? Url, IReadOnlyList<string>? EventTypes);
