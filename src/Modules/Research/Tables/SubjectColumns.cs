namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// Who a pseudonymous row is about: the organisation's pseudonym and its segment. The segment is kept per organisation in
/// <c>research_segments</c> and copied into every pseudonymous row, so a row keeps the segment of its time; the columns
/// are one description for all these tables because the writer copies them from one to the other.
/// </summary>
internal static class SubjectColumns
{
    public static readonly Column OrganisationPseudonym = new("organisation_pseudonym", "text");
    public static readonly Column Industry = new("industry", "text", Nullable: true);
    public static readonly Column SizeClass = new("size_class", "text", Nullable: true);
    public static readonly Column FederalState = new("federal_state", "text", Nullable: true);
    public static readonly Column MaturityLevel = new("maturity_level", "text", Nullable: true);

    /// <summary>Industry, size class, federal state and maturity level.</summary>
    public static IReadOnlyList<Column> Segment { get; } = [Industry, SizeClass, FederalState, MaturityLevel];

    /// <summary>The pseudonym and the segment, as each pseudonymous row carries them.</summary>
    public static IReadOnlyList<Column> All { get; } = [OrganisationPseudonym, .. Segment];
}
