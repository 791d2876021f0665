namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>A topic an organisation needs (from the check, a questionnaire, feedback ...), with its segment.</summary>
internal sealed class NeedSignal
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string Month { get; set; } = "";
    public string OrganisationPseudonym { get; set; } = "";
    public string? Industry { get; set; }
    public string? SizeClass { get; set; }
    public string? FederalState { get; set; }
    public string? MaturityLevel { get; set; }
    public string Topic { get; set; } = "";
    public string Source { get; set; } = "";
    public double Strength { get; set; }
}
