using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Publishing;
using Kompetenzzentrum.Modules.Media.Tours;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Media.Library;

/// <summary>
/// What the library shows of one published podcast episode, explainer video or experience tour, with the maturity range
/// it suits (null: every level).
/// </summary>
// Kind: podcast, video or tour. For a tour, Id is the catalog's offering id and the title names the host company.
internal sealed record LibraryItem(
    Guid Id,
    string Kind,
    string Title,
    string Summary,
    IReadOnlyList<string> Topics,
    int DurationSeconds,
    DateTimeOffset? PublishedAt,
    MaturityLevel? SuitableFrom = null,
    MaturityLevel? SuitableTo = null);

/// <summary>
/// The library's items in the order shown; <see cref="ByFit"/> when sorted for the visitor's organisation (<see cref="LibraryFit"/>).
/// </summary>
internal sealed record LibraryList(IReadOnlyList<LibraryItem> Items, bool ByFit);

/// <summary>The filters of the library page (query <c>?art=&amp;thema=</c>) and the items that pass them.</summary>
internal sealed record LibraryView(IReadOnlyList<LibraryItem> Items, string? Kind, string? Topic, bool ByFit = false);

internal static class LibraryItems
{
    public static readonly string[] Kinds = ["podcast", "video", "tour"];

    /// <summary>Published items only, newest first; tours after them (their dates live in the catalog).</summary>
    public static async Task<IReadOnlyList<LibraryItem>> PublishedAsync(IQuerySession session, string? kind, string? topic, CancellationToken ct)
    {
        var items = new List<LibraryItem>();
        if (kind is null or "podcast")
        {
            var episodes = await session.Query<PodcastEpisode>().Where(e => e.PublishedAt != null).ToListAsync(ct);
            items.AddRange(
                episodes.Select(e =>
                    new LibraryItem(e.Id, "podcast", e.Details.Title, e.Details.Description, e.Details.Topics, e.Details.DurationSeconds,
                        e.PublishedAt, e.Details.SuitableFrom, e.Details.SuitableTo)));
        }
        if (kind is null or "video")
        {
            var videos = await session.Query<ExplainerVideo>().Where(v => v.PublishedAt != null).ToListAsync(ct);
            items.AddRange(
                videos.Select(v =>
                    new LibraryItem(v.Id, "video", v.Details.Title, v.Details.GlossaryTerm, v.Details.Topics, v.Details.DurationSeconds,
                        v.PublishedAt, v.Details.SuitableFrom, v.Details.SuitableTo)));
        }
        var shown = items.Where(i => topic is null || i.Topics.Contains(topic)).OrderByDescending(i => i.PublishedAt).ToList();
        // Tours carry no topics of their own, so a topic filter leaves them out.
        if (kind is null or "tour" && topic is null)
        {
            var tours = await session.Query<TourDetails>().ToListAsync(ct);
            shown.AddRange(tours.OrderBy(t => t.HostCompany, StringComparer.CurrentCulture)
                .Select(t => new LibraryItem(t.Id, "tour", t.HostCompany, t.Address, [], 0, null)));
        }
        return shown;
    }

    /// <summary>
    /// The published items for a visitor: sorted by fit for a member of an organisation that took the check (the profile
    /// from <see cref="IMaturityProfiles"/>, the organisations module), else in the plain order.
    /// </summary>
    public static async Task<LibraryList> ForAsync(IQuerySession session, HttpContext http, string? kind, string? topic, CancellationToken ct)
    {
        var plain = await PublishedAsync(session, kind, topic, ct);
        var profile = http.User.OrganisationId() is { } organisation && http.RequestServices.GetService<IMaturityProfiles>() is { } profiles
            ? await profiles.FindAsync(organisation, ct)
            : null;
        return profile is null ? new LibraryList(plain, false) : new LibraryList(LibraryFit.Order(profile, plain), true);
    }

    public static string KindName(ITexts texts, string kind) => kind switch
    {
        "podcast" => texts.Get("media.kind.podcast"),
        "video" => texts.Get("media.kind.video"),
        _ => texts.Get("media.kind.tour"),
    };

    /// <summary>Minutes and seconds, e.g. 62:05.</summary>
    public static string Clock(int seconds) => ChapterLines.Clock(seconds);
}
