using Kompetenzzentrum.Modules.Networking.Regions;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>Whose eyes a proposal is explained for.</summary>
internal enum Reader
{
    Sme,
    Startup,
}

/// <summary>
/// Explains a score in German words, one reason per scoring part that counted, worked out from the same
/// compact profiles the score came from so that words and number never disagree.
/// </summary>
internal static class MatchExplanation
{
    public static IReadOnlyList<string> Reasons(in MatchSme sme, in MatchStartup startup, Reader reader)
    {
        var reasons = new List<string>();
        var common = TopicMask.TopicsOf(sme.Topics & startup.Topics).Select(t => t.Name.De).ToList();
        if (common.Count > 0)
        {
            reasons.Add("Gemeinsame Themen: " + string.Join(", ", common));
        }
        if ((startup.Industries & 1u << sme.Industry) != 0)
        {
            reasons.Add(reader == Reader.Sme ? "Erfahrung in Ihrer Branche" : "Sie haben Erfahrung in dieser Branche");
        }
        var region = Region(sme, startup, reader);
        if (region is not null)
        {
            reasons.Add(region);
        }
        if (MatchScoring.MaturityFit(sme.Level, startup.Stage) >= 0.9f)
        {
            reasons.Add(reader == Reader.Sme ? "passt zu Ihrem Reifegrad" : "passt zum Reifegrad des Unternehmens");
        }
        return reasons;
    }

    // "Nachbarland" names the other side's state: the startup's for an SME reader, and vice versa.
    private static string? Region(in MatchSme sme, in MatchStartup startup, Reader reader) =>
        sme.PostcodeRegion == startup.PostcodeRegion
            ? sme.State == startup.State
                ? $"ebenfalls in {StateBorders.NameOf(sme.State)}, PLZ-Region {sme.PostcodeRegion:00}"
                : $"ganz in der Nähe (PLZ-Region {sme.PostcodeRegion:00})"
        : sme.State == startup.State ? "ebenfalls in " + StateBorders.NameOf(sme.State)
        : StateBorders.AreNeighbours(sme.State, startup.State)
            ? "aus dem Nachbarland " + StateBorders.NameOf(reader == Reader.Sme ? startup.State : sme.State)
            : null;
}
