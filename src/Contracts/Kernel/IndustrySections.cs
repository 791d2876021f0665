namespace Kompetenzzentrum.Contracts.Kernel;

/// <summary>The sections A–U of the German classification of economic activities (WZ 2008).</summary>
public static class IndustrySections
{
    /// <summary>Section letter to German name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A"] = "Land- und Forstwirtschaft, Fischerei",
        ["B"] = "Bergbau und Gewinnung von Steinen und Erden",
        ["C"] = "Verarbeitendes Gewerbe",
        ["D"] = "Energieversorgung",
        ["E"] = "Wasserversorgung; Abwasser- und Abfallentsorgung",
        ["F"] = "Baugewerbe",
        ["G"] = "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
        ["H"] = "Verkehr und Lagerei",
        ["I"] = "Gastgewerbe",
        ["J"] = "Information und Kommunikation",
        ["K"] = "Erbringung von Finanz- und Versicherungsdienstleistungen",
        ["L"] = "Grundstücks- und Wohnungswesen",
        ["M"] = "Freiberufliche, wissenschaftliche und technische Dienstleistungen",
        ["N"] = "Sonstige wirtschaftliche Dienstleistungen",
        ["O"] = "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
        ["P"] = "Erziehung und Unterricht",
        ["Q"] = "Gesundheits- und Sozialwesen",
        ["R"] = "Kunst, Unterhaltung und Erholung",
        ["S"] = "Erbringung von sonstigen Dienstleistungen",
        ["T"] = "Private Haushalte",
        ["U"] = "Exterritoriale Organisationen und Körperschaften",
    };

    /// <summary>Whether the letter names a section.</summary>
    public static bool IsKnown(string? section) => section is not null && All.ContainsKey(section);
}

/// <summary>The sixteen federal states, by their ISO 3166-2 suffix (BE = Berlin).</summary>
public static class FederalStates
{
    /// <summary>Code to German name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BW"] = "Baden-Württemberg",
        ["BY"] = "Bayern",
        ["BE"] = "Berlin",
        ["BB"] = "Brandenburg",
        ["HB"] = "Bremen",
        ["HH"] = "Hamburg",
        ["HE"] = "Hessen",
        ["MV"] = "Mecklenburg-Vorpommern",
        ["NI"] = "Niedersachsen",
        ["NW"] = "Nordrhein-Westfalen",
        ["RP"] = "Rheinland-Pfalz",
        ["SL"] = "Saarland",
        ["SN"] = "Sachsen",
        ["ST"] = "Sachsen-Anhalt",
        ["SH"] = "Schleswig-Holstein",
        ["TH"] = "Thüringen",
    };

    /// <summary>Whether the code names a state.</summary>
    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);
}

/// <summary>Company size classes after the EU definition, by employees.</summary>
public enum SizeClass
{
    /// <summary>Fewer than 10 employees.</summary>
    Micro,

    /// <summary>Fewer than 50 employees.</summary>
    Small,

    /// <summary>Fewer than 250 employees.</summary>
    Medium,

    /// <summary>250 employees or more: not an SME.</summary>
    Large,
}

/// <summary>Rules around <see cref="SizeClass"/>.</summary>
public static class SizeClasses
{
    /// <summary>The size class of a head count.</summary>
    public static SizeClass FromEmployees(int employees) => employees switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(employees)),
        < 10 => SizeClass.Micro,
        < 50 => SizeClass.Small,
        < 250 => SizeClass.Medium,
        _ => SizeClass.Large,
    };
}
