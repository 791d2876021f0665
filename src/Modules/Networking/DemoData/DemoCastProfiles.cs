using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Modules.Networking.DemoData;

/// <summary>The profiles of the <see cref="DemoCast"/>: an SME's challenges and a startup's solutions, worded by topic.</summary>
internal static class DemoCastProfiles
{
    private static readonly Dictionary<string, (string Problem, string Technology, string Solution)> ByTopic = new(StringComparer.Ordinal)
    {
        ["ki"] = ("Wir wissen nicht, wo KI uns im Alltag wirklich hilft.", "Machine Learning", "KI-Assistenten für Angebote und Anfragen"),
        ["daten"] = ("Unsere Daten liegen verstreut in Excel-Listen.", "Data Warehouse", "Dashboards aus vorhandenen Daten"),
        ["it-sicherheit"] = ("Nach einem Phishing-Vorfall wollen wir uns besser schützen.", "Zero Trust", "Sicherheits-Check für kleine Netze"),
        ["e-commerce"] = ("Der Onlineshop verkauft kaum etwas.", "Headless Commerce", "Shops für regionale Händler"),
        ["geschaeftsmodelle"] = ("Unser Geschäftsmodell trägt nicht mehr lange.", "Plattformen", "Digitale Zusatzangebote zu Produkten"),
        ["automatisierung"] = ("Rüstzeiten und Handarbeit kosten uns zu viel.", "Robotik", "Cobots für kleine Serien"),
        ["cloud"] = ("Unser Server im Keller ist alt.", "Kubernetes", "Umzug in eine europäische Cloud"),
        ["nachhaltigkeit"] = ("Kunden fragen nach unserer CO2-Bilanz.", "Energiemonitoring", "CO2-Bilanz aus Verbrauchsdaten"),
        ["arbeit-4-0"] = ("Wir finden kaum Fachkräfte und verlieren Wissen.", "Wissensmanagement", "Digitale Einarbeitung neuer Beschäftigter"),
        ["digitales-marketing"] = ("Online findet uns niemand.", "Marketing Automation", "Lokale Sichtbarkeit in Suchmaschinen"),
        ["prozesse"] = ("Aufträge laufen noch über Papier.", "Low-Code", "Digitale Auftragsmappe"),
    };

    private static readonly ContactPerson Contact = new("Demo-Kontakt", "demo@example.org", null);

    public static SmeProfileDetails Sme(DemoOrganisation o) => new(o.Name, o.Topics, [.. o.Topics.Select(t => Words(t).Problem)], o.Industry,
        o.FederalState, o.Postcode, o.Level, Contact);

    public static StartupProfileDetails Startup(DemoOrganisation o, int index) => new(o.Name, o.Topics,
        [.. o.Topics.Select(t => Words(t).Technology)], [.. o.Topics.Select(t => Words(t).Solution)],
        index % 3 == 0 ? [] : ["Pilot mit einem Betrieb aus der Region"], (StartupStage)(index % 4), index % 2 == 0 ? ["C", "G"] : ["C", "F", "H"],
        o.FederalState, o.Postcode, Contact);

    private static (string Problem, string Technology, string Solution) Words(string topic) =>
        ByTopic.GetValueOrDefault(topic, ("Wir suchen einen Einstieg.", "Software", "Beratung und Umsetzung"));
}
