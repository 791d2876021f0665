using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Modules.Organisations.Registry;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>One row's decision: its outcome, the organisation it concerns, the events to append, or why it was refused.</summary>
internal sealed record RowDecision(ImportRowResult Result, IReadOnlyList<object> Events)
{
    public RowDecision(OrganisationImportRow row, ImportOutcome outcome, Guid? organisationId, IReadOnlyList<object> events,
        IReadOnlyList<FieldError> problems)
        : this(new ImportRowResult(row.Number, row.ExternalId, outcome, organisationId, problems), events)
    {
    }
}

/// <summary>
/// A row of an organisation import as a pure decision: a new external id registers an organisation (by staff, no
/// member), a known one changes what differs, an erased one is refused; a repeated external id in one file is refused.
/// </summary>
internal static class OrganisationImportDecider
{
    public static RowDecision Decide(OrganisationImportRow row, Organisation? existing, bool repeated, Guid newId)
    {
        var problems = row.Check();
        if (problems.Count == 0 && repeated)
        {
            problems = [new FieldError("externalId", "organisations.import.external-id-repeated")];
        }
        if (problems.Count == 0 && existing is { Erased: true })
        {
            problems = [new FieldError("externalId", "organisations.import.erased")];
        }
        if (problems.Count > 0)
        {
            return new RowDecision(row, ImportOutcome.Refused, existing?.Id, [], problems);
        }
        var input = row.Input;
        var contact = Contact(row);
        if (existing is null)
        {
            var created = new List<object>
            {
                new OrganisationRegistered(newId, input.Name!.Trim(), input.Kind!, input.Industry!, input.SizeClass!, input.FederalState!,
                    input.Postcode!, null),
                new OrganisationImported(newId, row.ExternalId!),
            };
            if (contact is not null)
            {
                created.Add(new ContactPersonRecorded(newId, contact.Name, contact.Email));
            }
            return new RowDecision(row, ImportOutcome.Created, newId, created, []);
        }
        var changed = new List<object>();
        var details = new OrganisationDetailsChanged(
            existing.Id, input.Name!.Trim(), input.Kind!, input.Industry!, input.SizeClass!, input.FederalState!, input.Postcode!);
        if (details != new OrganisationDetailsChanged(
                existing.Id, existing.Name, existing.Kind, existing.Industry, existing.SizeClass, existing.FederalState, existing.Postcode))
        {
            changed.Add(details);
        }
        if (contact is not null && contact != existing.Contact)
        {
            changed.Add(new ContactPersonRecorded(existing.Id, contact.Name, contact.Email));
        }
        return new RowDecision(row, changed.Count > 0 ? ImportOutcome.Updated : ImportOutcome.Unchanged, existing.Id,
            changed, []);
    }

    private static ContactPerson? Contact(OrganisationImportRow row) =>
        row.ContactName is null && row.ContactEmail is null ? null : new ContactPerson(row.ContactName, row.ContactEmail);
}
