namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// A table with a row per organisation and event (<see cref="ResearchTables.Pseudonymous"/>): a sequential id, the month,
/// the organisation's pseudonym and segment (<see cref="SubjectColumns"/>). Analysts read these only as released
/// (<c>OData/Release</c>); which pseudonym appears with which segment in which of them is kept in <c>research_subjects</c>.
/// </summary>
internal abstract class PseudonymousTable(string name) : ResearchTable(name)
{
    public Column Id { get; } = new("id", "bigserial");
    public Column Month { get; } = new("month", "text");

    public Column OrganisationPseudonym => SubjectColumns.OrganisationPseudonym;
    public Column Industry => SubjectColumns.Industry;
    public Column SizeClass => SubjectColumns.SizeClass;
    public Column FederalState => SubjectColumns.FederalState;
    public Column MaturityLevel => SubjectColumns.MaturityLevel;

    /// <summary>The pseudonym and segment columns.</summary>
    public IReadOnlyList<Column> Subject => SubjectColumns.All;

    /// <summary>Adds the pseudonym and segment columns at this place of the table.</summary>
    protected void AddSubject()
    {
        foreach (var column in SubjectColumns.All)
        {
            Add(column);
        }
    }
}
