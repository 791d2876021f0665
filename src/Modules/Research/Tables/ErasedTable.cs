namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>Organisations erased: they get no new key (their later facts and rebuilt facts use a throw-away one).</summary>
internal sealed class ErasedTable : ResearchTable
{
    public ErasedTable()
        : base("research_erased_organisations") => OrganisationId = Key("organisation_id", "uuid");

    public Column OrganisationId { get; }
}
