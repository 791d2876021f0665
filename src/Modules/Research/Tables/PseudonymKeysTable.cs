namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// The only link from a pseudonym back to an organisation: its random secret. Erasure deletes the row. A rebuild keeps the
/// throw-away secrets of erased organisations in a table of the same shape (<c>ResearchWriter.RebuildKeys</c>).
/// </summary>
internal sealed class PseudonymKeysTable : ResearchTable
{
    public PseudonymKeysTable()
        : base("research_pseudonym_keys")
    {
        OrganisationId = Key("organisation_id", "uuid");
        Secret = Required("secret", "bytea");
        PseudonymOf = Optional("pseudonym_of", "uuid");
    }

    public Column OrganisationId { get; }
    public Column Secret { get; }

    /// <summary>
    /// Set when the organisation was merged into another: the survivor, whose secret the row then holds, so the merged
    /// organisation's rows carry the survivor's pseudonym (one organisation, one pseudonym).
    /// </summary>
    public Column PseudonymOf { get; }
}
