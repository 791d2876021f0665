using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>What was read before a series is created: is the slug taken, is the cover an uploaded JPEG or PNG.</summary>
internal sealed record SeriesCreationState(bool SlugTaken, bool CoverIsImage);

/// <summary>Decides about podcast series; pure, with the state read beforehand by <see cref="CreateSeriesHandler"/>.</summary>
internal static class SeriesDecider
{
    /// <summary>A new series: the fields must be valid and the cover an uploaded image; the slug must be free.</summary>
    public static Decision Create(SeriesCreationState state, CreateSeries command, Guid id, DateTimeOffset now)
    {
        var errors = PodcastInput.Check(command, out var details).ToList();
        if (command.ImageFileId is not null && !state.CoverIsImage)
        {
            errors.Add(new FieldError("imageFileId", "media.cover-unknown"));
        }
        if (details is null || errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (state.SlugTaken)
        {
            return Refusal.Conflict("media.series-exists", TextArgs.Of(("slug", command.Slug)));
        }
        return Decision.Accept(new SeriesCreated(id, command.Slug!, details, now));
    }
}
