namespace Kompetenzzentrum.Modules.Integrations.Events;

// The documented payloads (README): ids, type keys, counts and times; never names, addresses or free text.

internal sealed record BookingPayload(
    Guid BookingId, Guid SessionId, Guid OfferingId, string OfferingType, Guid OrganisationId, int Seats, DateTimeOffset OccurredAt);

internal sealed record AttendancePayload(
    Guid BookingId, Guid SessionId, Guid OfferingId, string OfferingType, Guid OrganisationId, int Attended, int NoShows,
    DateTimeOffset OccurredAt);

internal sealed record PackagePayload(
    Guid PackageBookingId, Guid? PackageId, Guid OrganisationId, IReadOnlyList<Guid> BookingIds, IReadOnlyList<Guid> OfferingIds,
    int WaitlistedItems, DateTimeOffset OccurredAt);

internal sealed record ParticipationPayload(
    Guid ParticipationId, Guid? SessionId, Guid OfferingId, string OfferingType, Guid OrganisationId, DateTimeOffset OccurredAt);

internal sealed record OfferingPayload(
    Guid OfferingId, string OfferingType, IReadOnlyList<string> Topics, string SuitableFrom, string SuitableTo, Guid? ProgramId,
    DateTimeOffset OccurredAt);

internal sealed record OrganisationPayload(Guid OrganisationId, string Industry, string SizeClass, string FederalState, DateTimeOffset OccurredAt);

internal sealed record CheckPayload(
    Guid AssessmentId, Guid OrganisationId, int Round, int QuestionSetVersion, double OverallScore, string Level, DateTimeOffset OccurredAt);

internal sealed record InteractionPayload(
    Guid OrganisationId, Guid? OfferingId, string? OfferingType, string Kind, IReadOnlyList<string> Topics, DateTimeOffset OccurredAt);
