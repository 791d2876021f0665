namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// Organisations whose members all consented (<c>OrganisationResearchConsentChanged</c>): only their data is kept as rows.
/// </summary>
internal sealed class ConsentsTable : ResearchTable
{
    public ConsentsTable()
        : base("research_consents")
    {
        OrganisationId = Key("organisation_id", "uuid");
        Consented = Required("consented", "boolean");
    }

    public Column OrganisationId { get; }
    public Column Consented { get; }
}
