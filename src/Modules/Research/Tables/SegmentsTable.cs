namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// What research knows about an organisation now; copied into each fact, so a fact keeps the segment the organisation
/// was in at the time.
/// </summary>
internal sealed class SegmentsTable : ResearchTable
{
    public SegmentsTable()
        : base("research_segments")
    {
        OrganisationId = Key("organisation_id", "uuid");
        foreach (var column in SubjectColumns.Segment)
        {
            Add(column);
        }
    }

    public Column OrganisationId { get; }
    public Column Industry => SubjectColumns.Industry;
    public Column SizeClass => SubjectColumns.SizeClass;
    public Column FederalState => SubjectColumns.FederalState;
    public Column MaturityLevel => SubjectColumns.MaturityLevel;
}
