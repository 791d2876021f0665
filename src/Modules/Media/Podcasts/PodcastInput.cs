using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Media.Editing;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

internal sealed record CreateSeries(
    string? Slug, string? Title, string? Description, string? Language, string? Author, string? Category, bool? Explicit, Guid? ImageFileId);

internal sealed record ScheduleEpisode(
    string? Title,
    string? Description,
    Guid? AudioFileId,
    int? DurationSeconds,
    DateTimeOffset? PublishAt,
    IReadOnlyList<Chapter>? Chapters,
    Guid? TranscriptFileId,
    IReadOnlyList<string>? GuestCompanies,
    IReadOnlyList<string>? Topics,
    MaturityLevel? SuitableFrom = null,
    MaturityLevel? SuitableTo = null,
    Guid? OfferingId = null);

internal static partial class PodcastInput
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z]{2}(-[A-Z]{2})?$")]
    private static partial Regex LanguagePattern();

    /// <summary>The field errors of a new series (codes, no sentences); the details when there are none.</summary>
    public static IReadOnlyList<FieldError> Check(CreateSeries body, out SeriesDetails? details)
    {
        var errors = new FieldErrors();
        errors.When(body.Slug is null || body.Slug.Length > 60 || !SlugPattern().IsMatch(body.Slug), "slug", "media.slug-format");
        errors.When(string.IsNullOrWhiteSpace(body.Title), "title", "media.title-required");
        errors.When(string.IsNullOrWhiteSpace(body.Description), "description", "media.description-required");
        errors.When(body.Language is null || !LanguagePattern().IsMatch(body.Language), "language", "media.language-format");
        errors.When(string.IsNullOrWhiteSpace(body.Author), "author", "media.author-required");
        errors.When(body.ImageFileId is null, "imageFileId", "media.cover-required");
        details = errors.Count == 0
            ? new SeriesDetails(body.Title!.Trim(), body.Description!.Trim(), body.Language!, body.Author!.Trim(),
                string.IsNullOrWhiteSpace(body.Category) ? "Business" : body.Category.Trim(), body.Explicit ?? false, body.ImageFileId!.Value)
            : null;
        return errors;
    }

    /// <summary>The field errors of an episode's content (codes, no sentences); the details when there are none.</summary>
    public static IReadOnlyList<FieldError> Check(ScheduleEpisode body, out EpisodeDetails? details)
    {
        var chapters = body.Chapters ?? [];
        var topics = body.Topics ?? [];
        var errors = new FieldErrors();
        errors.When(string.IsNullOrWhiteSpace(body.Title), "title", "media.title-required");
        errors.When(string.IsNullOrWhiteSpace(body.Description), "description", "media.description-required");
        errors.When(body.AudioFileId is null, "audioFileId", "media.audio-required");
        errors.When(body.DurationSeconds is null or <= 0, "durationSeconds", "media.duration-positive");
        errors.When(
            chapters.Any(c => c is null || c.StartSeconds < 0 || c.StartSeconds >= (body.DurationSeconds ?? 0) || string.IsNullOrWhiteSpace(c.Title)),
            "chapters", "media.chapters-invalid");
        errors.When(topics.Any(t => t is null || !Topics.IsKnown(t)), "topics", "media.topic-unknown");
        errors.When((body.GuestCompanies ?? []).Any(string.IsNullOrWhiteSpace), "guestCompanies", "media.guest-company-empty");
        AudienceInput.Check(errors, body.SuitableFrom, body.SuitableTo);
        details = errors.Count == 0
            ? new EpisodeDetails(body.Title!.Trim(), body.Description!.Trim(), body.AudioFileId!.Value, body.DurationSeconds!.Value,
                chapters.OrderBy(c => c.StartSeconds).ToList(), body.TranscriptFileId, body.GuestCompanies ?? [], topics.Distinct().ToList(),
                body.SuitableFrom, body.SuitableTo, body.OfferingId)
            : null;
        return errors;
    }
}
