using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>What registering or editing an organisation takes, and its validation.</summary>
internal sealed partial record OrganisationInput(
    string? Name,
    string? Kind,
    string? Industry,
    string? SizeClass,
    string? FederalState,
    string? Postcode)
{
    public static readonly string[] Kinds = ["sme", "startup"];
    public static readonly string[] SizeClasses = ["micro", "small", "medium"];

    /// <summary>The input's field errors, or null when it is complete.</summary>
    public Refusal? Check()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors.Add(new FieldError("name", "organisations.name-required"));
        }
        if (Kind is null || !Kinds.Contains(Kind))
        {
            errors.Add(new FieldError("kind", "organisations.kind-unknown"));
        }
        if (!IndustrySections.IsKnown(Industry))
        {
            errors.Add(new FieldError("industry", "organisations.industry-unknown"));
        }
        if (SizeClass is null || !SizeClasses.Contains(SizeClass))
        {
            errors.Add(new FieldError("sizeClass", "organisations.size-class-unknown"));
        }
        if (!FederalStates.IsKnown(FederalState))
        {
            errors.Add(new FieldError("federalState", "organisations.federal-state-unknown"));
        }
        if (Postcode is null || !PostcodePattern().IsMatch(Postcode))
        {
            errors.Add(new FieldError("postcode", "organisations.postcode-invalid"));
        }
        return errors.Count > 0 ? Refusal.Invalid(errors) : null;
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostcodePattern();
}
