namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>One Digitalisierungs-Check round (T0, T1, ...) of an organisation.</summary>
internal sealed class MaturityResult
{
    public long Id { get; set; }
    public DateTimeOffset AssessedAt { get; set; }
    public string Month { get; set; } = "";
    public string OrganisationPseudonym { get; set; } = "";
    public string? Industry { get; set; }
    public string? SizeClass { get; set; }
    public string? FederalState { get; set; }
    public string? MaturityLevel { get; set; }
    public int Round { get; set; }
    public double OverallScore { get; set; }
}
