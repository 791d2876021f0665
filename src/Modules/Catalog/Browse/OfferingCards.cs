using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Browse;

/// <summary>How pages word an offering: its type, format, levels and topics in the user's language.</summary>
internal static class OfferingCards
{
    public static string Text(LocalizedText text) => UiText.T(text.De, string.IsNullOrWhiteSpace(text.En) ? text.De : text.En);

    public static string Type(IEnumerable<OfferingTypeDefinition> types, string key) =>
        types.FirstOrDefault(t => t.Key == key) is { } type ? Text(type.Name) : key;

    public static string Format(string format) => format switch
    {
        OfferingFormats.OnSite => UiText.T("Vor Ort", "On site"),
        OfferingFormats.Online => UiText.T("Online", "Online"),
        OfferingFormats.Asynchronous => UiText.T("Jederzeit (asynchron)", "Any time (asynchronous)"),
        _ => format,
    };

    public static string Level(MaturityLevel level) => level switch
    {
        MaturityLevel.Einsteiger => UiText.T("Einsteiger", "Beginner"),
        MaturityLevel.Entdecker => UiText.T("Entdecker", "Explorer"),
        MaturityLevel.Gestalter => UiText.T("Gestalter", "Shaper"),
        _ => UiText.T("Vorreiter", "Pioneer"),
    };

    public static string Levels(CatalogEntry o) => o.SuitableFrom == o.SuitableTo ? Level(o.SuitableFrom) : $"{Level(o.SuitableFrom)} – {Level(o.SuitableTo)}";

    public static IReadOnlyList<string> Topics(CatalogEntry o) => o.Topics.Select(t => Contracts.Kernel.Topics.Find(t) is { } topic ? Text(topic.Name) : t).ToList();

    public static CatalogPage.Card Card(CatalogEntry o, IEnumerable<OfferingTypeDefinition> types, SessionSeats? next, string? reason = null) => new(
        o.Id, Text(o.Title), Text(o.Description), Type(types, o.OfferingType), Format(o.Format), Levels(o), Topics(o),
        next is null ? null : UiText.When(next.StartsAt), next?.SeatsFree(), reason);
}
