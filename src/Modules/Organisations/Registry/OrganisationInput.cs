using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>What registering or editing an organisation takes, and its validation.</summary>
internal sealed partial record OrganisationInput(string? Name, string? Kind, string? Industry, string? SizeClass, string? FederalState, string? Postcode)
{
    public static readonly string[] Kinds = ["sme", "startup"];
    public static readonly string[] SizeClasses = ["micro", "small", "medium"];

    public FieldProblems Validate() => new FieldProblems()
        .When(string.IsNullOrWhiteSpace(Name) || Name.Length > 200, "name", "Bitte geben Sie einen Namen mit höchstens 200 Zeichen an.", "A name of up to 200 characters is required.")
        .When(Kind is null || !Kinds.Contains(Kind), "kind", "Bitte wählen Sie die Art.", "Kind must be 'sme' or 'startup'.")
        .When(!IndustrySections.IsKnown(Industry), "industry", "Bitte wählen Sie die Branche.", "Industry must be a WZ 2008 section letter A–U.")
        .When(SizeClass is null || !SizeClasses.Contains(SizeClass), "sizeClass", "Bitte wählen Sie die Größe.",
            "Size class must be 'micro' (< 10), 'small' (< 50) or 'medium' (< 250 employees).")
        .When(!FederalStates.IsKnown(FederalState), "federalState", "Bitte wählen Sie das Bundesland.", "Federal state must be a code such as 'BE' or 'BB'.")
        .When(Postcode is null || !PostcodePattern().IsMatch(Postcode), "postcode", "Die Postleitzahl hat fünf Ziffern.", "Postcode must have five digits.");

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostcodePattern();
}
