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
    [
        texts.Get("research.funder.column.section"), texts.Get("research.funder.column.group"), texts.Get("research.funder.column.key"),
        texts.Get("research.funder.column.organisations"), texts.Get("research.funder.column.participations"),
        texts.Get("research.funder.column.answers"), texts.Get("research.funder.column.value"), texts.Get("research.funder.column.target"),
    ];

    // Full codes, so the text catalog test finds each of them.
    public string Section(string section) => section switch
    {
        "targets" => texts.Get("research.funder.section.targets"),
        "reached" => texts.Get("research.funder.section.reached"),
        Dimensions.Format => texts.Get("research.funder.section.format"),
        Dimensions.FederalState => texts.Get("research.funder.section.federal-state"),
        Dimensions.SizeClass => texts.Get("research.funder.section.size-class"),
        Dimensions.Industry => texts.Get("research.funder.section.industry"),
        Dimensions.Crafts => texts.Get("research.funder.section.crafts"),
        "satisfaction" => texts.Get("research.funder.section.satisfaction"),
        "maturity" => texts.Get("research.funder.section.maturity"),
        _ => section,
    };

    private string SizeClass(string key) => key switch
    {
        "micro" => texts.Get("research.dashboard.size-micro"),
        "small" => texts.Get("research.dashboard.size-small"),
        "medium" => texts.Get("research.dashboard.size-medium"),
        "large" => texts.Get("research.dashboard.size-large"),
        _ => key,
    };

    public string Group(FunderRow row) => row.Key == "unknown"
        ? texts.Get("research.funder.unknown")
        : row.Section switch
        {
            Dimensions.Format => _formats.GetValueOrDefault(row.Key, row.Key),
            Dimensions.FederalState => FederalStates.All.GetValueOrDefault(row.Key, row.Key),
            Dimensions.SizeClass => SizeClass(row.Key),
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
