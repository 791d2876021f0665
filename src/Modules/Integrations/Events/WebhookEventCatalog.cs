using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Organisations;

namespace Kompetenzzentrum.Modules.Integrations.Events;

/// <summary>
/// The public events of every module and plugin (the <c>Contracts</c> events), as webhook event types. Interactions
/// of other events (a plugin's own offering type, a module's private event that is an <see cref="IInteractionEvent"/>)
/// go out as <c>interaction.recorded</c>, so plugins need no registration of their own.
/// </summary>
internal static class WebhookEventCatalog
{
    public const string InteractionRecorded = "interaction.recorded";

    public static readonly IReadOnlyList<WebhookEventType> Types =
    [
        For<BookingConfirmed>("booking.confirmed", e => new BookingPayload(
            e.BookingId, e.SessionId, e.OfferingId, e.OfferingType, e.OrganisationId, e.Seats, e.ConfirmedAt)),
        For<BookingWaitlisted>("booking.waitlisted", e => new BookingPayload(
            e.BookingId, e.SessionId, e.OfferingId, e.OfferingType, e.OrganisationId, e.Seats, e.WaitlistedAt)),
        For<BookingCancelled>("booking.cancelled", e => new BookingPayload(
            e.BookingId, e.SessionId, e.OfferingId, e.OfferingType, e.OrganisationId, e.Seats, e.CancelledAt)),
        For<AttendanceRecorded>("booking.attendance-recorded", e => new AttendancePayload(
            e.BookingId, e.SessionId, e.OfferingId, e.OfferingType, e.OrganisationId, e.Attended, e.NoShows, e.RecordedAt)),
        For<PackageBooked>("package.booked", e => new PackagePayload(
            e.PackageBookingId, e.PackageId, e.OrganisationId, e.BookingIds, e.OfferingIds, e.WaitlistedItems, e.BookedAt)),
        For<ParticipationCompleted>("participation.completed", e => new ParticipationPayload(
            e.ParticipationId, e.SessionId, e.OfferingId, e.OfferingType, e.OrganisationId, e.CompletedAt)),
        For<OfferingPublished>("offering.published", e => new OfferingPayload(
            e.OfferingId, e.OfferingType, e.Topics, e.SuitableFrom.ToString(), e.SuitableTo.ToString(), e.ProgramId, e.PublishedAt)),
        For<OrganisationProfiled>("organisation.profiled", e => new OrganisationPayload(
            e.OrganisationId, e.Industry, e.SizeClass, e.FederalState, e.ProfiledAt)),
        For<MaturityAssessed>("check.completed", e => new CheckPayload(
            e.AssessmentId, e.Interaction.OrganisationId, e.Round, e.QuestionSetVersion, e.OverallScore, e.Level.ToString(),
            e.Interaction.OccurredAt)),
        new(InteractionRecorded, data => data is IInteractionEvent { Interaction: var i } ? new InteractionPayload(
            i.OrganisationId, i.OfferingId, i.OfferingType, i.Kind, i.Topics, i.OccurredAt) : null),
    ];

    private static readonly HashSet<string> Names = Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string name) => Names.Contains(name);

    /// <summary>The webhook type and payload of a committed event, or null when it is not public.</summary>
    public static (string Type, object Payload)? Map(object data)
    {
        // The specific types first; interaction.recorded only for interactions no specific type describes.
        foreach (var type in Types)
        {
            if (type.Payload(data) is { } payload)
            {
                return (type.Name, payload);
            }
        }
        return null;
    }

    private static WebhookEventType For<T>(string name, Func<T, object> payload) =>
        new(name, data => data is T e ? payload(e) : null);
}
