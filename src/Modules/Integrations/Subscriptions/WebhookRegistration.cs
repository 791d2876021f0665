using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Integrations.Events;

namespace Kompetenzzentrum.Modules.Integrations.Subscriptions;

/// <summary>The pure decision of a registration: an absolute http(s) address and known event types, else field errors.</summary>
internal static class WebhookRegistration
{
    public const string UrlInvalid = "integrations.url-invalid";
    public const string EventTypesRequired = "integrations.event-types-required";
    public const string EventTypeUnknown = "integrations.event-type-unknown";

    public static Result<WebhookSubscription> Decide(RegisterWebhook body, Guid id, string secret, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || body.Url!.Length > 2000)
        {
            errors.Add(new FieldError("url", UrlInvalid));
        }
        var types = (body.EventTypes ?? []).Select(t => t?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (types.Count == 0)
        {
            errors.Add(new FieldError("eventTypes", EventTypesRequired));
        }
        foreach (var unknown in types.Where(t => !WebhookEventCatalog.IsKnown(t)))
        {
            errors.Add(new FieldError("eventTypes", EventTypeUnknown, new TextArgs { ["eventType"] = unknown }));
        }
        return errors.Count > 0 ? Refusal.Invalid(errors) : new WebhookSubscription(id, url!.AbsoluteUri, types, secret, now);
    }
}
