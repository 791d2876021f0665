using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Imports;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Imports;

/// <summary>One participation row's decision: its result for the report and the event to append, if any.</summary>
internal sealed record ParticipationRowDecision(ImportRowResult Result, ParticipationImported? Event);

/// <summary>
/// A past participation row as a pure decision. A new one becomes <see cref="ParticipationImported"/> dated at noon UTC of
/// its day; one imported before is unchanged when the row says the same, and refused when it says something else: research
/// has counted it, and history is not rewritten. The organisation must be known by its external id, the offering must have
/// been published (so research knows its program), the day must not lie in the future.
/// </summary>
internal static class ParticipationImportDecider
{
    public static ParticipationRowDecision Decide(
        ParticipationImportRow row, Guid? organisationId, CatalogEntry? offering, ImportedParticipation? existing, bool repeated, DateOnly today)
    {
        var problems = row.Check(today);
        if (row.Organisation is not null && organisationId is null)
        {
            problems.Add(new FieldError("organisation", "catalog.import.organisation-unknown"));
        }
        if (row.OfferingId is not null && offering is not { Status: OfferingStatus.Published or OfferingStatus.Archived })
        {
            problems.Add(new FieldError("offering", "catalog.import.offering-unknown"));
        }
        if (problems.Count == 0 && repeated)
        {
            problems.Add(new FieldError("externalId", "catalog.import.external-id-repeated"));
        }
        var id = row.ExternalId is { } external ? ImportedParticipation.IdOf(external) : (Guid?)null;
        if (problems.Count > 0)
        {
            return Refused(row, existing?.Id, problems);
        }
        var completedAt = new DateTimeOffset(row.CompletedOn!.Value.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        if (existing is not null)
        {
            return existing == new ImportedParticipation(existing.Id, organisationId!.Value, offering!.Id, completedAt)
                ? new ParticipationRowDecision(Result(row, ImportOutcome.Unchanged, existing.Id, []), null)
                : Refused(row, existing.Id, [new FieldError("externalId", "catalog.import.participation-differs")]);
        }
        var imported = new ParticipationImported(id!.Value, offering!.Id, offering.OfferingType, offering.Topics, organisationId!.Value, completedAt);
        return new ParticipationRowDecision(Result(row, ImportOutcome.Created, id, []), imported);
    }

    private static ParticipationRowDecision Refused(ParticipationImportRow row, Guid? id, IReadOnlyList<FieldError> problems) =>
        new(Result(row, ImportOutcome.Refused, id, problems), null);

    private static ImportRowResult Result(ParticipationImportRow row, ImportOutcome outcome, Guid? id, IReadOnlyList<FieldError> problems) =>
        new(row.Number, row.ExternalId, outcome, id, problems);
}
