using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;
using Decision = Kompetenzzentrum.Contracts.Application.Decision;

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

    /// <summary>Checks the details, adding a problem per bad field; returns them when all are fine.</summary>
    public static OfferingDetails? Validate(DetailsInput input, FieldProblems problems)
    {
        var before = problems.IsEmpty;
        problems
            .When(string.IsNullOrWhiteSpace(input.Title?.De), "title.de", "Der deutsche Titel fehlt.", "A German title is required.")
            .When(string.IsNullOrWhiteSpace(input.Title?.En), "title.en", "Der englische Titel fehlt.", "An English title is required.")
            .When(string.IsNullOrWhiteSpace(input.Description?.De), "description.de", "Die deutsche Beschreibung fehlt.", "A German description is required.")
            .When(string.IsNullOrWhiteSpace(input.Description?.En), "description.en", "Die englische Beschreibung fehlt.", "An English description is required.")
            .When(input.Topics is null || input.Topics.Count == 0, "topics", "Nennen Sie mindestens ein Thema.", "Name at least one topic.")
            .When(input.SuitableFrom is null, "suitableFrom", "Die niedrigste passende Reifestufe fehlt.", "The lowest suitable maturity level is required.")
            .When(input.SuitableTo is null, "suitableTo", "Die höchste passende Reifestufe fehlt.", "The highest suitable maturity level is required.")
            .When(input.SuitableFrom > input.SuitableTo, "suitableTo", "Der Bereich endet unter seinem Anfang.", "The range ends below its start.")
            .When(input.Format is null || !OfferingFormats.All.Contains(input.Format), "format", "Vor Ort, online oder asynchron.", "Format must be on-site, online or asynchronous.")
            .When(input.Format == OfferingFormats.OnSite && string.IsNullOrWhiteSpace(input.Place), "place", "Ein Angebot vor Ort braucht einen Ort.", "An on-site offering needs a place.")
            .When(input.Format is OfferingFormats.Online or OfferingFormats.Asynchronous && !IsWebLink(input.Link), "link",
                "Ein Online- oder asynchrones Angebot braucht einen http(s)-Link.", "An online or asynchronous offering needs an http(s) link.")
            .When(input.Link is not null && !IsWebLink(input.Link), "link", "Der Link muss eine vollständige http(s)-Adresse sein.", "The link must be an absolute http(s) address.")
            .When(input.Language is not ("de" or "en"), "language", "Sprache de oder en.", "Language must be de or en.")
            .When(input.CancellationDeadlineHours is null or < 0 or > MaxCancellationDeadlineHours, "cancellationDeadlineHours",
                $"Stunden vor Beginn, 0 bis {MaxCancellationDeadlineHours}.", $"Hours before the start, between 0 and {MaxCancellationDeadlineHours}.");
        foreach (var topic in input.Topics ?? [])
        {
            problems.When(!Topics.IsKnown(topic), "topics", $"„{topic}“ ist kein bekanntes Thema.", $"'{topic}' is not a known topic key.");
        }
        if (!problems.IsEmpty || !before)
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
        _ => Decision.Accept(new OfferingPublished(offering.Id, offering.OfferingType, offering.Topics, offering.SuitableFrom, offering.SuitableTo, now, offering.ProgramId)),
    };

    public static Decision Archive(CatalogEntry offering, DateTimeOffset now) =>
        offering.Status == OfferingStatus.Archived ? Decision.Accept() : Decision.Accept(new OfferingArchived(offering.Id, now));

    private static bool IsWebLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static LocalizedText Trimmed(LocalizedText text) => new(text.De.Trim(), (text.En ?? "").Trim());
}
