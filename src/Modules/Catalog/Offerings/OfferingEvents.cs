using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>
/// What staff can edit about an offering; its program and type are fixed when it is drafted. The format is
/// one of <see cref="OfferingFormats"/>; an on-site offering has a place, an online or asynchronous one a
/// link. A confirmed seat can be cancelled up to <c>CancellationDeadlineHours</c> before the session starts.
/// </summary>
internal sealed record OfferingDetails(
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Topics,
    MaturityLevel SuitableFrom,
    MaturityLevel SuitableTo,
    string Format,
    string? Place,
    string? Link,
    string Language,
    int CancellationDeadlineHours);

/// <summary>An offering of some registered type was drafted in a program.</summary>
internal sealed record OfferingDrafted(Guid OfferingId, Guid ProgramId, string OfferingType, OfferingDetails Details);

/// <summary>Staff changed the editable details of an offering.</summary>
internal sealed record OfferingRevised(Guid OfferingId, OfferingDetails Details, DateTimeOffset RevisedAt);

// Publishing is a public event: Contracts.Catalog.OfferingPublished.

/// <summary>The offering was withdrawn: no longer listed, bookable or editable.</summary>
internal sealed record OfferingArchived(Guid OfferingId, DateTimeOffset ArchivedAt);

/// <summary>The ways an offering is delivered.</summary>
internal static class OfferingFormats
{
    public const string OnSite = "on-site";
    public const string Online = "online";
    public const string Asynchronous = "asynchronous";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { OnSite, Online, Asynchronous };
}

/// <summary>Where an offering is in its life.</summary>
internal static class OfferingStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";
}
