using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>The editable details of an offering as they arrive in a request body; anything may be missing.</summary>
internal sealed record DetailsInput(
    LocalizedText? Title,
    LocalizedText? Description,
    IReadOnlyList<string>? Topics,
    MaturityLevel? SuitableFrom,
    MaturityLevel? SuitableTo,
    string? Format,
    string? Place,
    string? Link,
    string? Language,
    int? CancellationDeadlineHours);

/// <summary>Pure rules of the offering lifecycle: draft → published → archived.</summary>
internal static class OfferingDecider
{
    public const int MaxCancellationDeadlineHours = 24 * 30;

    /// <summary>Checks the details, adding an error per bad field to <paramref name="errors"/>; returns them when all are fine.</summary>
    public static OfferingDetails? Validate(DetailsInput input, FieldErrors errors)
    {
        var before = errors.Count;
        errors.When(string.IsNullOrWhiteSpace(input.Title?.De), "title.de", "catalog.title-de-required");
        errors.When(string.IsNullOrWhiteSpace(input.Title?.En), "title.en", "catalog.title-en-required");
        errors.When(string.IsNullOrWhiteSpace(input.Description?.De), "description.de", "catalog.description-de-required");
        errors.When(string.IsNullOrWhiteSpace(input.Description?.En), "description.en", "catalog.description-en-required");
        errors.When(input.Topics is null || input.Topics.Count == 0, "topics", "catalog.topics-required");
        errors.When(input.SuitableFrom is null, "suitableFrom", "catalog.suitable-from-required");
        errors.When(input.SuitableTo is null, "suitableTo", "catalog.suitable-to-required");
        errors.When(input.SuitableFrom > input.SuitableTo, "suitableTo", "catalog.suitable-range");
        errors.When(input.Format is null || !OfferingFormats.All.Contains(input.Format), "format", "catalog.format-unknown");
        errors.When(input.Format == OfferingFormats.OnSite && string.IsNullOrWhiteSpace(input.Place), "place", "catalog.place-required");
        errors.When(input.Format is OfferingFormats.Online or OfferingFormats.Asynchronous && !IsWebLink(input.Link),
            "link", "catalog.link-required");
        errors.When(input.Link is not null && !IsWebLink(input.Link), "link", "catalog.link-absolute");
        errors.When(input.Language is not ("de" or "en"), "language", "catalog.language-unknown");
        errors.When(input.CancellationDeadlineHours is null or < 0 or > MaxCancellationDeadlineHours,
            "cancellationDeadlineHours", "catalog.deadline-range", TextArgs.Of(("max", MaxCancellationDeadlineHours)));
        foreach (var topic in input.Topics ?? [])
        {
            errors.When(!Topics.IsKnown(topic), "topics", "catalog.topic-unknown", TextArgs.Of(("topic", topic)));
        }
        if (errors.Count > 0 || before > 0)
        {
            return null;
        }
        return new OfferingDetails(
            Trimmed(input.Title!), Trimmed(input.Description!), input.Topics!.Distinct(StringComparer.Ordinal).ToList(),
            input.SuitableFrom!.Value, input.SuitableTo!.Value, input.Format!, input.Place?.Trim(), input.Link,
            input.Language!, input.CancellationDeadlineHours!.Value);
    }

    public static Decision Revise(CatalogEntry offering, OfferingDetails details, DateTimeOffset now) =>
        offering.Status == OfferingStatus.Archived
            ? Refusal.Conflict("catalog.offering-archived-unchangeable")
            : Decision.Accept(new OfferingRevised(offering.Id, details, now));

    public static Decision Publish(CatalogEntry offering, DateTimeOffset now) => offering.Status switch
    {
        OfferingStatus.Archived => Refusal.Conflict("catalog.offering-archived-unpublishable"),
        OfferingStatus.Published => Decision.Accept(),
        _ => Decision.Accept(new OfferingPublished(
            offering.Id, offering.OfferingType, offering.Topics, offering.SuitableFrom, offering.SuitableTo, now, offering.ProgramId)),
    };

    public static Decision Archive(CatalogEntry offering, DateTimeOffset now) =>
        offering.Status == OfferingStatus.Archived ? Decision.Accept() : Decision.Accept(new OfferingArchived(offering.Id, now));

    private static bool IsWebLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static LocalizedText Trimmed(LocalizedText text) => new(text.De.Trim(), (text.En ?? "").Trim());
}
