namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>Offering → program, learned from <c>OfferingPublished</c>, so KPIs can be reported by program.</summary>
internal sealed class OfferingsTable : ResearchTable
{
    public OfferingsTable()
        : base("research_offerings")
    {
        OfferingId = Key("offering_id", "uuid");
        OfferingType = Required("offering_type", "text");
        ProgramId = Optional("program_id", "uuid");
    }

    public Column OfferingId { get; }
    public Column OfferingType { get; }
    public Column ProgramId { get; }
}
