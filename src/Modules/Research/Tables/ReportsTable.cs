namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>Stored needs reports (the monthly job or on demand), as rendered HTML.</summary>
internal sealed class ReportsTable : ResearchTable
{
    public ReportsTable()
        : base("research_reports")
    {
        Id = Key("id", "uuid");
        PeriodFrom = Required("period_from", "date");
        PeriodTo = Required("period_to", "date");
        CreatedAt = Required("created_at", "timestamptz");
        Html = Required("html", "text");
    }

    public Column Id { get; }
    public Column PeriodFrom { get; }
    public Column PeriodTo { get; }
    public Column CreatedAt { get; }
    public Column Html { get; }
}
