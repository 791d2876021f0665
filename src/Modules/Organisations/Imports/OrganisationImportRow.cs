using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Organisations.Registry;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>
/// One row of an organisation import, read into the registry's input: codes or German names for industry (WZ 2008
/// letter or section name), size (micro/small/medium or Kleinst-/Klein-/Mittel…), federal state (code or name) and kind
/// (sme/KMU or startup, default sme); a four-digit postcode gets its leading zero back (spreadsheets drop it).
/// </summary>
internal sealed record OrganisationImportRow(int Number, string? ExternalId, OrganisationInput Input, string? ContactName, string? ContactEmail)
{
    public static readonly ImportColumns Columns = new(new Dictionary<string, string[]>
    {
        ["externalId"] = ["Externe ID", "External ID", "Extern-ID", "Kundennummer"],
        ["name"] = ["Name/Firmenname", "Firmenname", "Name", "Unternehmen", "Firma", "Company"],
        ["kind"] = ["Art", "Typ", "Type"],
        ["industry"] = ["Branche", "WZ", "WZ 2008", "Industry"],
        ["sizeClass"] = ["Größe", "Groesse", "Größenklasse", "Size", "Size class"],
        ["federalState"] = ["Bundesland", "Land", "Federal state", "State"],
        ["postcode"] = ["PLZ", "Postleitzahl", "Postcode", "Zip"],
        ["contactName"] = ["Ansprechpartner", "Ansprechperson", "Kontakt", "Kontaktperson", "Contact", "Contact person"],
        ["email"] = ["E-Mail", "Mail", "Email address", "E-Mail-Adresse"],
    }, ["externalId", "name", "industry", "sizeClass", "federalState", "postcode"]);

    public static OrganisationImportRow From(ImportRow row, IReadOnlyDictionary<string, string> headers)
    {
        string? Cell(string field) => row[headers.GetValueOrDefault(field)];
        var input = new OrganisationInput(
            Cell("name"), Kind(Cell("kind")), Industry(Cell("industry")), Size(Cell("sizeClass")), State(Cell("federalState")),
            Postcode(Cell("postcode")));
        return new OrganisationImportRow(row.Number, Cell("externalId"), input, Cell("contactName"), Cell("email"));
    }

    private static string? Kind(string? value) => value is null ? "sme" : ImportColumns.Key(value) switch
    {
        "sme" or "kmu" => "sme",
        "startup" => "startup",
        _ => value,
    };

    private static string? Industry(string? value) =>
        value is null ? null
        : IndustrySections.IsKnown(value.ToUpperInvariant()) ? value.ToUpperInvariant()
        : IndustrySections.All.FirstOrDefault(s => ImportColumns.Key(s.Value) == ImportColumns.Key(value)).Key ?? value;

    private static string? Size(string? value) => value is null ? null : ImportColumns.Key(value) switch
    {
        "micro" or "kleinst" or "kleinstunternehmen" => "micro",
        "small" or "klein" or "kleinunternehmen" or "kleinesunternehmen" => "small",
        "medium" or "mittel" or "mittleresunternehmen" or "mittelstand" => "medium",
        _ => value,
    };

    private static string? State(string? value) =>
        value is null ? null
        : FederalStates.IsKnown(value.ToUpperInvariant()) ? value.ToUpperInvariant()
        : FederalStates.All.FirstOrDefault(s => ImportColumns.Key(s.Value) == ImportColumns.Key(value)).Key ?? value;

    private static string? Postcode(string? value) => value is { Length: 4 } && value.All(char.IsAsciiDigit) ? "0" + value : value;

    /// <summary>The row's field errors: the registry's own checks, plus external id and contact e-mail.</summary>
    public IReadOnlyList<FieldError> Check()
    {
        var errors = new List<FieldError>(Input.Check()?.Fields ?? []);
        if (ExternalId is null || ExternalId.Length > 100)
        {
            errors.Insert(0, new FieldError("externalId", "organisations.import.external-id-required"));
        }
        if (ContactEmail is not null && (ContactEmail.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(ContactEmail, out _)))
        {
            errors.Add(new FieldError("email", "organisations.import.email-invalid"));
        }
        if (ContactName is { Length: > 200 })
        {
            errors.Add(new FieldError("contactName", "organisations.import.contact-name-too-long"));
        }
        return errors;
    }
}
