namespace Kompetenzzentrum.Contracts.Maturity;

/// <summary>The six dimensions of the EU Digital Maturity Assessment for SMEs.</summary>
public static class MaturityDimensions
{
    /// <summary>Digital business strategy.</summary>
    public const string Strategy = "strategy";

    /// <summary>Digital readiness.</summary>
    public const string Readiness = "readiness";

    /// <summary>Human-centric digitalisation.</summary>
    public const string HumanCentric = "human-centric";

    /// <summary>Data management.</summary>
    public const string Data = "data";

    /// <summary>Automation and artificial intelligence.</summary>
    public const string Automation = "automation-ai";

    /// <summary>Green digitalisation.</summary>
    public const string Green = "green";

    /// <summary>All six, in the order of the EU assessment.</summary>
    public static IReadOnlyList<string> All { get; } = [Strategy, Readiness, HumanCentric, Data, Automation, Green];
}
