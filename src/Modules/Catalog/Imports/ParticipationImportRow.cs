using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;

namespace Kompetenzzentrum.Modules.Catalog.Imports;

/// <summary>
/// One row of a participation import: the participation's external id, the organisation by the external id of its
/// organisation import, the offering by its id, and the day it was completed (<c>2025-03-14</c> or <c>14.03.2025</c>, or a
/// date cell in xlsx), which must lie in the past.
/// </summary>
internal sealed record ParticipationImportRow(int Number, string? ExternalId, string? Organisation, Guid? OfferingId, string? OfferingText,
    DateOnly? CompletedOn, string? DateText)
{
    public static readonly ImportColumns Columns = new(new Dictionary<string, string[]>
    {
        ["externalId"] = ["Externe ID", "External ID", "Teilnahme-ID", "Participation ID"],
        ["organisation"] = ["Unternehmen", "Unternehmen Externe ID", "Externe ID Unternehmen", "Organisation", "Organisation external ID"],
        ["offering"] = ["Angebot", "Angebots-ID", "Angebot ID", "Offering", "Offering ID"],
        ["completedOn"] = ["Datum", "Teilnahme am", "Abgeschlossen am", "Date", "Completed on"],
    }, ["externalId", "organisation", "offering", "completedOn"]);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-ddTHH:mm:ss"];

    public static ParticipationImportRow From(ImportRow row, IReadOnlyDictionary<string, string> headers)
    {
        string? Cell(string field) => row[headers.GetValueOrDefault(field)];
        var offering = Cell("offering");
        var date = Cell("completedOn");
        return new ParticipationImportRow(
            row.Number, Cell("externalId"), Cell("organisation"), Guid.TryParse(offering, out var id) ? id : null, offering,
            DateTime.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? DateOnly.FromDateTime(day)
                : null,
            date);
    }

    /// <summary>The row's field errors that need no lookup; <paramref name="today"/> bounds the date.</summary>
    public List<FieldError> Check(DateOnly today)
    {
        var errors = new List<FieldError>();
        if (ExternalId is null || ExternalId.Length > 100)
        {
            errors.Add(new FieldError("externalId", "catalog.import.external-id-required"));
        }
        if (Organisation is null)
        {
            errors.Add(new FieldError("organisation", "catalog.import.organisation-required"));
        }
        if (OfferingId is null)
        {
            errors.Add(new FieldError("offering", "catalog.import.offering-id-invalid"));
        }
        if (CompletedOn is not { } day || day > today)
        {
            errors.Add(new FieldError("completedOn", "catalog.import.date-invalid"));
        }
        return errors;
    }
}
