namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>
/// Organisations and participations of one group of a breakdown (<see cref="FunderFigures.Breakdowns"/>): <c>format</c>,
/// <c>federal-state</c>, <c>size-class</c>, <c>industry</c>, <c>crafts</c> or <c>total</c>; <paramref name="Key"/> is null for
/// an unknown attribute.
/// </summary>
internal sealed record GroupFigures(string Dimension, string? Key, int Organisations, int Participations);

/// <summary>A program's raw figures over a period, from PostgreSQL, before suppression.</summary>
/// <param name="Breakdowns">Completed participations by dimension and group, and the total.</param>
/// <param name="NewOrganisations">Organisations reached whose first completed participation ever (any program) lies in the period.</param>
/// <param name="ReturningOrganisations">Organisations reached that had completed a participation before the period.</param>
/// <param name="Answers">Feedback answers about the program's offerings in the period.</param>
/// <param name="AnsweringOrganisations">Distinct organisations that gave them.</param>
/// <param name="Satisfaction">Mean satisfaction (1–5), null without answers.</param>
/// <param name="SatisfiedShare">Share of answers rating 4 or 5, in percent, null without answers.</param>
/// <param name="MaturityOrganisations">Organisations reached that have a T0 and a later check before the period's end.</param>
/// <param name="MeanT0">Their mean overall score at T0.</param>
/// <param name="MeanT1">Their mean overall score at their latest later check.</param>
internal sealed record FunderFigures(
    IReadOnlyList<GroupFigures> Breakdowns,
    int NewOrganisations,
    int ReturningOrganisations,
    int Answers,
    int AnsweringOrganisations,
    double? Satisfaction,
    double? SatisfiedShare,
    int MaturityOrganisations,
    double? MeanT0,
    double? MeanT1)
{
    public GroupFigures Total => Breakdowns.FirstOrDefault(b => b.Dimension == Dimensions.Total) ?? new(Dimensions.Total, null, 0, 0);
}

/// <summary>The breakdowns of a funder report, as keys in the files (column <c>Abschnitt</c> is their label).</summary>
internal static class Dimensions
{
    public const string Total = "total";
    public const string Format = "format";
    public const string FederalState = "federal-state";
    public const string SizeClass = "size-class";
    public const string Industry = "industry";
    public const string Crafts = "crafts";

    public static IReadOnlyList<string> Breakdowns { get; } = [Format, FederalState, SizeClass, Industry, Crafts];

    /// <summary>
    /// Crafts businesses ("Handwerk"), told from the industry: the profile knows only the WZ 2008 section, and the
    /// section whose businesses are mostly crafts is F (Baugewerbe: Bau- und Ausbauhandwerke). Crafts businesses of other
    /// sections (bakers in C, hairdressers in S, car repair in G) need a crafts flag in the profile, which it does not have.
    /// </summary>
    public static IReadOnlyList<string> CraftsSections { get; } = ["F"];
}
