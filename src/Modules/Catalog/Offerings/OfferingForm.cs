using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>
/// The offering editor's form and the API's request, field by field: the form uses the API's names
/// (<c>title.de</c>, <c>topics</c> ...), so the API's field errors land next to the right inputs.
/// </summary>
internal static class OfferingForm
{
    /// <summary>The hidden field that carries the version the editor was loaded at (the API's ETag).</summary>
    public const string Version = "version";

    public static DetailsInput Details(ITexts texts, FormState state) => new(
        Text(state, "title"),
        Text(state, "description"),
        state.Values("topics").Where(t => t.Length > 0).ToList(),
        Level(texts, state, "suitableFrom"),
        Level(texts, state, "suitableTo"),
        Blank(state.Value("format")),
        Blank(state.Value("place")),
        Blank(state.Value("link")),
        Blank(state.Value("language")),
        Hours(texts, state, "cancellationDeadlineHours"));

    public static DraftOffering.Request Draft(ITexts texts, FormState state)
    {
        var d = Details(texts, state);
        var program = Guid.TryParse(state.Value("programId"), out var p) ? p : (Guid?)null;
        return new DraftOffering.Request(program, Blank(state.Value("offeringType")), d.Title, d.Description, d.Topics, d.SuitableFrom, d.SuitableTo,
            d.Format, d.Place, d.Link, d.Language, d.CancellationDeadlineHours);
    }

    /// <summary>The version posted back by the editor, or null when the field is missing or unreadable.</summary>
    public static long? PostedVersion(FormState state) =>
        long.TryParse(state.Value(Version), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The stored offering as a filled-in form.</summary>
    public static FormState From(CatalogEntry entry, long version) => FormState.Empty()
        .With("title.de", entry.Title.De).With("title.en", entry.Title.En)
        .With("description.de", entry.Description.De).With("description.en", entry.Description.En)
        .With("topics", entry.Topics)
        .With("suitableFrom", entry.SuitableFrom.ToString()).With("suitableTo", entry.SuitableTo.ToString())
        .With("format", entry.Format).With("place", entry.Place).With("link", entry.Link).With("language", entry.Language)
        .With("cancellationDeadlineHours", entry.CancellationDeadlineHours.ToString(CultureInfo.InvariantCulture))
        .With(Version, version.ToString(CultureInfo.InvariantCulture));

    /// <summary>Defaults of a new offering: German, on site, cancellable until a day before.</summary>
    public static FormState New() => FormState.Empty()
        .With("language", "de").With("format", OfferingFormats.OnSite).With("cancellationDeadlineHours", "24")
        .With("suitableFrom", nameof(MaturityLevel.Einsteiger)).With("suitableTo", nameof(MaturityLevel.Vorreiter));

    private static LocalizedText? Text(FormState state, string name)
    {
        var de = state.Value(name + ".de");
        var en = state.Value(name + ".en");
        return string.IsNullOrWhiteSpace(de) && string.IsNullOrWhiteSpace(en) ? null : new LocalizedText(de ?? "", en ?? "");
    }

    private static MaturityLevel? Level(ITexts texts, FormState state, string name)
    {
        var raw = state.Value(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (Enum.TryParse<MaturityLevel>(raw, ignoreCase: true, out var level) && Enum.IsDefined(level))
        {
            return level;
        }
        state.AddError(name, texts.Get("catalog.offerings.value-invalid"));
        return null;
    }

    private static int? Hours(ITexts texts, FormState state, string name)
    {
        var raw = state.Value(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var hours))
        {
            return hours;
        }
        state.AddError(name, texts.Get("catalog.shared.whole-number"));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
