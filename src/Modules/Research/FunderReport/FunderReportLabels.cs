using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>The words of the report in one language: section and group labels, column headers.</summary>
internal sealed class FunderReportLabels(ITexts texts, IEnumerable<OfferingTypeDefinition> types, CultureInfo culture)
{
    private readonly Dictionary<string, string> _formats =
        types.ToDictionary(t => t.Key, t => t.Name.For(culture), StringComparer.Ordinal);

    public CultureInfo Culture => culture;

    public string Get(string code) => texts.Get(code);

    /// <summary>Abschnitt, Merkmal, Schlüssel, Unternehmen, Teilnahmen, Antworten, Wert, Ziel (or in English).</summary>
    public IReadOnlyList<string> Headers { get; } =
        [.. new[] { "section", "group", "key", "organisations", "participations", "answers", "value", "target" }
            .Select(h => texts.Get("research.funder.column." + h))];

    public string Section(string section) => texts.Get("research.funder.section." + section);

    public string Group(FunderRow row) => row.Key == "unknown"
        ? texts.Get("research.funder.unknown")
        : row.Section switch
        {
            Dimensions.Format => _formats.GetValueOrDefault(row.Key, row.Key),
            Dimensions.FederalState => FederalStates.All.GetValueOrDefault(row.Key, row.Key),
            Dimensions.SizeClass => texts.Get("research.dashboard.size-" + row.Key),
            Dimensions.Industry => IndustrySections.All.TryGetValue(row.Key, out var name) ? $"{row.Key} – {name}" : row.Key,
            _ => texts.Get($"research.funder.{row.Section}.{row.Key}"),
        };

    /// <summary>The line's cells as text, in the order of <see cref="Headers"/>.</summary>
    public IReadOnlyList<string> Texts(FunderRow row) =>
    [
        Section(row.Section), Group(row), row.Key, row.Organisations.Text(culture), row.Participations.Text(culture), row.Answers.Text(culture),
        row.Value.Text(culture), row.Target?.ToString(culture) ?? "",
    ];
}
