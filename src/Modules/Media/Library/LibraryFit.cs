using Kompetenzzentrum.Contracts.Maturity;

namespace Kompetenzzentrum.Modules.Media.Library;

/// <summary>
/// Pure: the library sorted for an organisation by the catalog's fit (<see cref="MaturityFit"/>): items whose range suits
/// its level first, then one level off, then the rest; within each, the larger the topic gaps they cover, the earlier;
/// ties keep the plain order (newest first). An item without a range suits every level, one without topics covers no gap,
/// so an item with neither sits at a neutral place: after those that cover a gap, before those made for other levels.
/// Tours stay at the end, as in the plain order: their level and topics are the catalog's, shown there.
/// </summary>
internal static class LibraryFit
{
    public static double Level(MaturityProfile profile, LibraryItem item) =>
        item is { SuitableFrom: { } from, SuitableTo: { } to } ? MaturityFit.Level(profile.Level, from, to) : 1;

    public static IReadOnlyList<LibraryItem> Order(MaturityProfile profile, IReadOnlyList<LibraryItem> plain) =>
    [
        .. plain.Where(i => i.Kind != "tour")
            .Select((item, index) => (Item: item, Index: index, Level: Level(profile, item), Gaps: MaturityFit.Gaps(profile, item.Topics)))
            .OrderByDescending(x => x.Level)
            .ThenByDescending(x => Math.Round(x.Level + x.Gaps, 6))
            .ThenBy(x => x.Index)
            .Select(x => x.Item),
        .. plain.Where(i => i.Kind == "tour"),
    ];
}
