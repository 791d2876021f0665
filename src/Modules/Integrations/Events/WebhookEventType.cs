namespace Kompetenzzentrum.Modules.Integrations.Events;

/// <summary>
/// One event type staff may subscribe to: its public name (e.g. <c>booking.confirmed</c>) and how a committed
/// event becomes its payload. A payload carries ids and the fields documented in this module's README, nothing else.
/// </summary>
/// <param name="Name">The name in subscriptions and in the payload's <c>type</c>.</param>
/// <param name="Payload">The documented payload of the event, or null when the event is not of this type.</param>
internal sealed record WebhookEventType(string Name, Func<object, object?> Payload);
