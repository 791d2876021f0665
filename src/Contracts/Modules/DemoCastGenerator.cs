using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>Builds <see cref="DemoCast.All"/> from a fixed seed: believable names, places and topics.</summary>
internal static class DemoCastGenerator
{
    private static readonly (string Industry, string[] Trades)[] SmeTrades =
    [
        ("C", ["Metallbau", "Feinmechanik", "Kunststofftechnik", "Bäckerei", "Brauerei", "Möbelwerkstatt", "Druckerei", "Maschinenbau"]),
        ("F", ["Dachdeckerei", "Elektrotechnik", "Tischlerei", "Sanitär und Heizung"]),
        ("G", ["Fahrradhandel", "Weinhandlung", "Autohaus", "Baustoffhandel"]),
        ("H", ["Spedition", "Kurierdienst", "Logistik"]),
        ("I", ["Landhotel", "Gasthaus", "Catering"]),
        ("M", ["Ingenieurbüro", "Steuerberatung", "Architekturbüro"]),
        ("Q", ["Pflegedienst", "Physiotherapie"]),
    ];

    private static readonly string[] StartupStems =
        ["Daten", "Robo", "Klima", "Cloud", "Sensor", "Prozess", "Lern", "Shop", "Schutz", "Werk", "Netz", "Form"];

    private static readonly string[] StartupEndings = ["werk", "labs", "funk", "pilot", "raum", "kraft", "wacht", "fluss"];

    private static readonly (string State, string Place, string Postcode)[] Places =
    [
        ("BB", "Cottbus", "03046"), ("BB", "Potsdam", "14467"), ("BB", "Eberswalde", "16225"), ("BE", "Berlin", "10997"),
        ("BE", "Berlin-Adlershof", "12489"), ("SN", "Dresden", "01067"), ("SN", "Görlitz", "02826"), ("ST", "Magdeburg", "39104"),
        ("MV", "Rostock", "18055"), ("TH", "Jena", "07743"),
    ];

    private static readonly string[] Families =
        ["Krüger", "Schulze", "Lehmann", "Neumann", "Hoffmann", "Becker", "Richter", "Wolf", "Schröder", "Kaiser", "Peters", "Fuchs"];

    private static readonly string[] SizeClasses = ["micro", "micro", "small", "small", "small", "medium"];

    public static IReadOnlyList<DemoOrganisation> Generate(int smes, int startups)
    {
        var random = new Random(31);
        var topics = Topics.All.Select(t => t.Key).Where(k => k != "kooperation").ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<DemoOrganisation>();
        for (var i = 0; i < smes + startups; i++)
        {
            var startup = i >= smes;
            var (state, place, postcode) = Places[random.Next(Places.Length)];
            var (industry, trades) = startup ? ("J", StartupStems) : SmeTrades[random.Next(SmeTrades.Length)];
            var name = startup
                ? $"{trades[random.Next(trades.Length)]}{StartupEndings[random.Next(StartupEndings.Length)]} GmbH"
                : $"{trades[random.Next(trades.Length)]} {Families[random.Next(Families.Length)]} {place}";
            // Names stay unique, so a person finds an organisation by its name.
            name = names.Add(name) ? name : $"{name} {i}";
            names.Add(name);
            var picked = topics.OrderBy(_ => random.Next()).Take(2 + random.Next(2)).ToArray();
            // Most start at the lower levels, as the field report finds.
            var level = (MaturityLevel)(1 + Math.Min(3, random.Next(3) * random.Next(2) + random.Next(2)));
            all.Add(new DemoOrganisation(
                IdOf(i), name, startup, industry, startup ? "micro" : SizeClasses[random.Next(SizeClasses.Length)], state,
                postcode, picked, level, JoinedAt: 30 + random.Next(DemoCast.HistoryDays - 30)));
        }
        return all;
    }

    private static Guid IdOf(int index) => Ids.Derived("demo-organisation", new Guid(index, 0, 0, new byte[8]));
}
