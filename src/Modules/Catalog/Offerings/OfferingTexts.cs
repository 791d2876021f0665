using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>How the back office names the offering's codes (status, format, level, capacity model) in German and English.</summary>
internal static class OfferingTexts
{
    public static string Status(string status) => status switch
    {
        OfferingStatus.Draft => UiText.T("Entwurf", "Draft"),
        OfferingStatus.Published => UiText.T("Veröffentlicht", "Published"),
        OfferingStatus.Archived => UiText.T("Archiviert", "Archived"),
        _ => status,
    };

    /// <summary>The badge class next to the status text (the text carries the meaning, the colour only helps).</summary>
    public static string StatusBadge(string status) => status switch
    {
        OfferingStatus.Published => "badge ok",
        OfferingStatus.Draft => "badge warn",
        _ => "badge",
    };

    public static string Format(string format) => format switch
    {
        OfferingFormats.OnSite => UiText.T("Vor Ort", "On site"),
        OfferingFormats.Online => UiText.T("Online", "Online"),
        OfferingFormats.Asynchronous => UiText.T("Zeitunabhängig (asynchron)", "Self-paced (asynchronous)"),
        _ => format,
    };

    public static IEnumerable<(string Value, string Text)> Formats =>
        [(OfferingFormats.OnSite, Format(OfferingFormats.OnSite)), (OfferingFormats.Online, Format(OfferingFormats.Online)), (OfferingFormats.Asynchronous, Format(OfferingFormats.Asynchronous))];

    public static string Level(MaturityLevel level) => level switch
    {
        MaturityLevel.Einsteiger => UiText.T("Einsteiger", "Beginner"),
        MaturityLevel.Entdecker => UiText.T("Entdecker", "Explorer"),
        MaturityLevel.Gestalter => UiText.T("Gestalter", "Shaper"),
        MaturityLevel.Vorreiter => UiText.T("Vorreiter", "Leader"),
        _ => level.ToString(),
    };

    public static IEnumerable<(string Value, string Text)> Levels => Enum.GetValues<MaturityLevel>().Select(l => (l.ToString(), Level(l)));

    public static IEnumerable<(string Value, string Text)> Languages => [("de", UiText.T("Deutsch", "German")), ("en", UiText.T("Englisch", "English"))];

    public static IEnumerable<(string Value, string Text)> TopicOptions => Topics.All.Select(t => (t.Key, Localized(t.Name)));

    public static string Capacity(CapacityModel model) => model switch
    {
        CapacityModel.Unlimited => UiText.T("ohne Platzgrenze", "no seat limit"),
        CapacityModel.SeatsPerSession => UiText.T("Plätze je Termin", "seats per session"),
        CapacityModel.OneToOneSlot => UiText.T("ein Unternehmen je Termin", "one organisation per slot"),
        _ => model.ToString(),
    };

    public static string Localized(LocalizedText text) => UiText.IsEnglish && !string.IsNullOrWhiteSpace(text.En) ? text.En : text.De;
}
