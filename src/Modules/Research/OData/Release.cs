using Kompetenzzentrum.Modules.Research.Reports;
using Kompetenzzentrum.Modules.Research.Tables;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// What analysts may see of the pseudonymous tables: every OData entity set reads them through this SQL, so whatever
/// <c>$filter</c>, <c>$apply</c>, <c>$orderby</c> or <c>$count</c> an analyst sends, PostgreSQL only ever sees the
/// released rows. Times are cut to the month; the quasi-identifiers (industry, size class, federal state) are
/// generalised, and suppressed where that is not enough, until every combination an analyst can see in a set is shared
/// by at least <see cref="Suppression.MinimumGroup"/> organisations of that set; the sequential row id is replaced by a hash.
/// </summary>
/// <remarks>
/// The generalisation walks the hierarchy all → industry → industry and size → industry, size and state over the
/// pseudonyms of all four sets (<see cref="ResearchTables.Subjects"/>) and maps each raw combination to one released
/// combination for every set, so an organisation shows the same attributes wherever it is shown and joining sets by
/// pseudonym reveals nothing more. A node qualifies when it holds at least k organisations. A qualifying node is
/// split into its children only when the children that do not qualify, taken together, hold none or at least k: they
/// are then shown at the node's level ("the rest of industry C"), otherwise the whole node is. So a combination is
/// never shown beside a remainder from which one organisation could be subtracted. Then, per set, a released class
/// holding fewer than k organisations of that set (a young installation, a small set like feedback) loses its
/// attributes and its pseudonym there ('suppressed'): those rows still count, but cannot be linked or attributed.
/// Rows the classes do not know (written around the projection) are suppressed too.
/// </remarks>
internal static class Release
{
    private const int K = Suppression.MinimumGroup;

    /// <summary>
    /// The released rows of <paramref name="set"/>: its id replaced by the hash <paramref name="key"/>, the time <paramref name="at"/>
    /// cut to its month, <paramref name="columns"/> as they are, the <paramref name="computed"/> figures (name, SQL over the row
    /// <c>f</c>), then the pseudonym and segment as released.
    /// </summary>
    public static string Rows(
        string schema, PseudonymousTable set, string key, Column at, IReadOnlyList<Column> columns,
        IReadOnlyList<(string Name, string Sql)> computed) =>
        $"with {Mapping(schema, set)} "
        + $"select {key} as {set.Id}, date_trunc('month', f.{at}, 'UTC') as {at}, {Column.List(columns, "f")}, "
        + string.Concat(computed.Select(c => $"{c.Sql} as {c.Name}, "))
        + $"case when m.shown then f.{set.OrganisationPseudonym} else 'suppressed' end as {set.OrganisationPseudonym}, "
        + $"case when m.shown then m.industry end as {set.Industry}, case when m.shown then m.size_class end as {set.SizeClass}, "
        + $"case when m.shown then m.federal_state end as {set.FederalState}, f.{set.MaturityLevel} "
        + $"from {schema}.{set} f left join mapping m on m.i = coalesce(f.{set.Industry}, '') and m.z = coalesce(f.{set.SizeClass}, '') "
        + $"and m.f = coalesce(f.{set.FederalState}, '')";

    /// <summary>The released segment of each raw combination (i, z, f) for <paramref name="set"/>, and whether it is shown there.</summary>
    private static string Mapping(string schema, PseudonymousTable set)
    {
        var subjects = ResearchTables.Subjects;
        return $"s as (select {subjects.SetName}, {subjects.OrganisationPseudonym} p, {subjects.Industry} i, {subjects.SizeClass} z, "
            + $"{subjects.FederalState} f "
            + $"from {schema}.{subjects}), "
            // Whether a node holds at least k organisations (of all sets together).
            + $"ind as (select i, count(distinct p) >= {K} ok from s group by 1), "
            + $"siz as (select i, z, count(distinct p) >= {K} ok from s group by 1, 2), "
            + $"sta as (select i, z, f, count(distinct p) >= {K} ok from s group by 1, 2, 3), "
            // The remainder of a node: the organisations of its children that do not qualify.
            + "root_rest as (select count(distinct s.p) n from s join ind using (i) where not ind.ok), "
            + "ind_rest as (select s.i, count(distinct s.p) n from s join siz using (i, z) where not siz.ok group by 1), "
            + "siz_rest as (select s.i, s.z, count(distinct s.p) n from s join sta using (i, z, f) where not sta.ok group by 1, 2), "
            + "levels as (select sta.i, sta.z, sta.f, case "
            + $"when exists (select 1 from root_rest r where r.n between 1 and {K - 1}) or not ind.ok then 3 "
            + $"when exists (select 1 from ind_rest r where r.i = sta.i and r.n < {K}) or not siz.ok then 2 "
            + $"when exists (select 1 from siz_rest r where r.i = sta.i and r.z = sta.z and r.n < {K}) or not sta.ok then 1 "
            + "else 0 end lvl from sta join siz using (i, z) join ind using (i)), "
            + "released as (select i, z, f, case when lvl <= 2 then i else '' end ri, case when lvl <= 1 then z else '' end rz, case when lvl = 0 "
            + "then f else '' end rf from levels), "
            // Per set, a class as analysts see it (released values) must hold k organisations of that set; else it is suppressed there.
            + "classes as (select r.ri, r.rz, r.rf, count(distinct s.p) n from s join released r using (i, z, f) "
            + $"where s.{subjects.SetName} = '{set}' group by 1, 2, 3), "
            + "mapping as (select r.i, r.z, r.f, nullif(r.ri, '') industry, nullif(r.rz, '') size_class, nullif(r.rf, '') federal_state, "
            + $"coalesce(c.n >= {K}, false) shown from released r left join classes c on (c.ri, c.rz, c.rf) = (r.ri, r.rz, r.rf))";
    }
}
