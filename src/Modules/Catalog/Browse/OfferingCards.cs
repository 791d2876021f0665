using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Browse;

/// <summary>How pages word an offering: its type, format, levels and topics in the user's language.</summary>
internal static class OfferingCards
{
    public static string Text(LocalizedText text) => text.For(CultureInfo.CurrentUICulture);

    public static string Type(IEnumerable<OfferingTypeDefinition> types, string key) =>
        types.FirstOrDefault(t => t.Key == key) is { } type ? Text(type.Name) : key;

    public static string Format(ITexts texts, string format) => format switch
    {
        OfferingFormats.OnSite => texts.Get("catalog.format.on-site"),
        OfferingFormats.Online => texts.Get("catalog.format.online"),
        OfferingFormats.Asynchronous => texts.Get("catalog.format.any-time"),
        _ => format,
    };

    public static string Level(ITexts texts, MaturityLevel level) => level switch
    {
        MaturityLevel.Einsteiger => texts.Get("catalog.level.beginner"),
        MaturityLevel.Entdecker => texts.Get("catalog.level.explorer"),
        MaturityLevel.Gestalter => texts.Get("catalog.level.shaper"),
        _ => texts.Get("catalog.level.pioneer"),
    };

    public static string Levels(ITexts texts, CatalogEntry o) => o.SuitableFrom == o.SuitableTo
        ? Level(texts, o.SuitableFrom)
        : $"{Level(texts, o.SuitableFrom)} – {Level(texts, o.SuitableTo)}";

    public static IReadOnlyList<string> Topics(CatalogEntry o) =>
        o.Topics.Select(t => Contracts.Kernel.Topics.Find(t) is { } topic ? Text(topic.Name) : t).ToList();

    public static CatalogPage.Card Card(
        ITexts texts, CatalogEntry o, IEnumerable<OfferingTypeDefinition> types, SessionSeats? next, string? reason = null) => new(
        o.Id, Text(o.Title), Text(o.Description), Type(types, o.OfferingType), Format(texts, o.Format), Levels(texts, o), Topics(o),
        next is null ? null : UiText.When(next.StartsAt), next?.SeatsFree(), reason);
}
