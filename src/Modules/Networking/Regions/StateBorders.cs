namespace Kompetenzzentrum.Modules.Networking.Regions;

/// <summary>
/// The sixteen German federal states by their ISO 3166-2:DE code, with German names for explanations and
/// land borders, so that matching can count a neighbouring state partly.
/// </summary>
internal static class StateBorders
{
    private static readonly (string Code, string Name, string[] Neighbours)[] States =
    [
        ("BW", "Baden-Württemberg", ["BY", "HE", "RP"]),
        ("BY", "Bayern", ["BW", "HE", "TH", "SN"]),
        ("BE", "Berlin", ["BB"]),
        ("BB", "Brandenburg", ["BE", "MV", "SN", "ST", "NI"]),
        ("HB", "Bremen", ["NI"]),
        ("HH", "Hamburg", ["NI", "SH"]),
        ("HE", "Hessen", ["BW", "BY", "TH", "NI", "NW", "RP"]),
        ("MV", "Mecklenburg-Vorpommern", ["SH", "NI", "BB"]),
        ("NI", "Niedersachsen", ["SH", "HH", "HB", "MV", "BB", "ST", "TH", "HE", "NW"]),
        ("NW", "Nordrhein-Westfalen", ["NI", "HE", "RP"]),
        ("RP", "Rheinland-Pfalz", ["NW", "HE", "BW", "SL"]),
        ("SL", "Saarland", ["RP"]),
        ("SN", "Sachsen", ["BY", "TH", "ST", "BB"]),
        ("ST", "Sachsen-Anhalt", ["NI", "BB", "SN", "TH"]),
        ("SH", "Schleswig-Holstein", ["HH", "NI", "MV"]),
        ("TH", "Thüringen", ["NI", "ST", "SN", "BY", "HE"]),
    ];

    private static readonly Dictionary<string, int> IndexByCode =
        States.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

    private static readonly bool[] Borders = BuildBorders();

    public static int Count => States.Length;

    public static IEnumerable<string> Codes => States.Select(s => s.Code);

    public static bool IsKnown(string code) => IndexByCode.ContainsKey(code);

    public static int IndexOf(string code) => IndexByCode[code];

    public static string NameOf(int index) => States[index].Name;

    public static bool AreNeighbours(int a, int b) => Borders[a * States.Length + b];

    private static bool[] BuildBorders()
    {
        var borders = new bool[States.Length * States.Length];
        for (var a = 0; a < States.Length; a++)
        {
            foreach (var code in States[a].Neighbours)
            {
                var b = IndexByCode[code];
                borders[a * States.Length + b] = true;
                borders[b * States.Length + a] = true;
            }
        }
        return borders;
    }
}
