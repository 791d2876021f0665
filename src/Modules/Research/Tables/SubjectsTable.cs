namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// Which pseudonym appears with which segment in which pseudonymous table ('' for unknown): the classes of the
/// k-anonymity rule the OData sets apply (<c>OData/Release</c>), small enough to evaluate on every query.
/// </summary>
internal sealed class SubjectsTable : ResearchTable
{
    public SubjectsTable()
        : base("research_subjects")
    {
        SetName = Required("set_name", "text");
        OrganisationPseudonym = Required("organisation_pseudonym", "text");
        Industry = Required("industry", "text");
        SizeClass = Required("size_class", "text");
        FederalState = Required("federal_state", "text");
        Unique($"ux_{Name}", SetName, OrganisationPseudonym, Industry, SizeClass, FederalState);
    }

    /// <summary>The pseudonymous table the row is about, by its name.</summary>
    public Column SetName { get; }
    public Column OrganisationPseudonym { get; }
    public Column Industry { get; }
    public Column SizeClass { get; }
    public Column FederalState { get; }
}
