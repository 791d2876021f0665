using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Networking.Regions;

namespace Kompetenzzentrum.Modules.Networking.Portal;

/// <summary>The options of the profile form and the texts of an introduction's status, in the reader's language.</summary>
internal static class ProfileChoices
{
    private static readonly (string De, string En)[] Sections =
    [
        ("Land- und Forstwirtschaft, Fischerei", "Agriculture, forestry and fishing"), ("Bergbau", "Mining"), ("Verarbeitendes Gewerbe", "Manufacturing"),
        ("Energieversorgung", "Energy supply"), ("Wasserversorgung, Entsorgung", "Water supply, waste"), ("Baugewerbe", "Construction"),
        ("Handel", "Trade"), ("Verkehr und Lagerei", "Transport and storage"), ("Gastgewerbe", "Accommodation and food"),
        ("Information und Kommunikation", "Information and communication"), ("Finanz- und Versicherungsdienstleistungen", "Finance and insurance"),
        ("Grundstücks- und Wohnungswesen", "Real estate"), ("Freiberufliche, wissenschaftliche und technische Dienstleistungen", "Professional, scientific and technical services"),
        ("Sonstige wirtschaftliche Dienstleistungen", "Other business services"), ("Öffentliche Verwaltung", "Public administration"),
        ("Erziehung und Unterricht", "Education"), ("Gesundheits- und Sozialwesen", "Health and social work"), ("Kunst, Unterhaltung und Erholung", "Arts and recreation"),
        ("Sonstige Dienstleistungen", "Other services"), ("Private Haushalte", "Households"), ("Exterritoriale Organisationen", "Extraterritorial organisations"),
    ];

    public static IEnumerable<(string Value, string Text)> Industries() =>
        Sections.Select((s, i) => (((char)('A' + i)).ToString(), $"{(char)('A' + i)} – {UiText.T(s.De, s.En)}"));

    public static IEnumerable<(string Value, string Text)> States() =>
        StateBorders.Codes.Select(code => (code, StateBorders.NameOf(StateBorders.IndexOf(code)))).OrderBy(s => s.Item2, StringComparer.Ordinal);

    public static IEnumerable<(string Value, string Text)> Levels() =>
        Enum.GetValues<MaturityLevel>().Select(l => (l.ToString(), l.ToString()));

    public static IEnumerable<(string Value, string Text)> TopicOptions() =>
        Topics.All.Select(t => (t.Key, t.Name.For(System.Globalization.CultureInfo.CurrentUICulture)));

    public static string TopicName(string key) => Topics.Find(key)?.Name.For(System.Globalization.CultureInfo.CurrentUICulture) ?? key;

    public static string Status(string status) => status switch
    {
        "awaiting-your-answer" => UiText.T("Wartet auf Ihre Antwort", "Waiting for your answer"),
        "waiting-for-other-side" => UiText.T("Sie haben zugesagt, die andere Seite noch nicht", "You said yes; the other side has not answered yet"),
        "connected" => UiText.T("Beide haben zugesagt: Kontaktdaten freigegeben", "Both said yes: contact details shared"),
        "met" => UiText.T("Treffen hat stattgefunden", "Meeting held"),
        "completed" => UiText.T("Abgeschlossen", "Completed"),
        "declined" => UiText.T("Von Ihnen abgelehnt", "Declined by you"),
        _ => UiText.T("Geschlossen", "Closed"),
    };
}
