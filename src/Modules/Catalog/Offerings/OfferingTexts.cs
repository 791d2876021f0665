using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>How the back office names the offering's codes (status, format, level, capacity model) in German and English.</summary>
internal static class OfferingTexts
{
    public static string Status(ITexts texts, string status) => status switch
    {
        OfferingStatus.Draft => texts.Get("catalog.offerings.status.draft"),
        OfferingStatus.Published => texts.Get("catalog.offerings.status.published"),
        OfferingStatus.Archived => texts.Get("catalog.offerings.status.archived"),
        _ => status,
    };

    /// <summary>The badge class next to the status text (the text carries the meaning, the colour only helps).</summary>
    public static string StatusBadge(string status) => status switch
    {
        OfferingStatus.Published => "badge ok",
        OfferingStatus.Draft => "badge warn",
        _ => "badge",
    };

    public static string Format(ITexts texts, string format) => format switch
    {
        OfferingFormats.OnSite => texts.Get("catalog.format.on-site"),
        OfferingFormats.Online => texts.Get("catalog.format.online"),
        OfferingFormats.Asynchronous => texts.Get("catalog.format.self-paced"),
        _ => format,
    };

    public static IEnumerable<(string Value, string Text)> Formats(ITexts texts) =>
    [
        (OfferingFormats.OnSite, Format(texts, OfferingFormats.OnSite)),
        (OfferingFormats.Online, Format(texts, OfferingFormats.Online)),
        (OfferingFormats.Asynchronous, Format(texts, OfferingFormats.Asynchronous)),
    ];

    public static string Level(ITexts texts, MaturityLevel level) => level switch
    {
        MaturityLevel.Einsteiger => texts.Get("catalog.level.beginner"),
        MaturityLevel.Entdecker => texts.Get("catalog.level.explorer"),
        MaturityLevel.Gestalter => texts.Get("catalog.level.shaper"),
        MaturityLevel.Vorreiter => texts.Get("catalog.level.leader"),
        _ => level.ToString(),
    };

    public static IEnumerable<(string Value, string Text)> Levels(ITexts texts) =>
        Enum.GetValues<MaturityLevel>().Select(l => (l.ToString(), Level(texts, l)));

    public static IEnumerable<(string Value, string Text)> Languages(ITexts texts) =>
        [("de", texts.Get("catalog.offerings.language.de")), ("en", texts.Get("catalog.offerings.language.en"))];

    public static IEnumerable<(string Value, string Text)> TopicOptions => Topics.All.Select(t => (t.Key, Localized(t.Name)));

    public static string Capacity(ITexts texts, CapacityModel model) => model switch
    {
        CapacityModel.Unlimited => texts.Get("catalog.offerings.capacity.unlimited"),
        CapacityModel.SeatsPerSession => texts.Get("catalog.offerings.capacity.seats-per-session"),
        CapacityModel.OneToOneSlot => texts.Get("catalog.offerings.capacity.one-to-one"),
        _ => model.ToString(),
    };

    public static string Localized(LocalizedText text) => UiText.IsEnglish && !string.IsNullOrWhiteSpace(text.En) ? text.En : text.De;
}
