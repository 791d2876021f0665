using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>
/// The answer to an import: counts and one line per row (number as the spreadsheet shows it, external id, outcome
/// <c>created</c>, <c>updated</c>, <c>unchanged</c> or <c>refused</c>, the organisation, and for a refused row each problem
/// with the field, the file's column and the reason in the request's language).
/// </summary>
internal sealed record ImportReport(bool DryRun, int Created, int Updated, int Unchanged, int Refused, IReadOnlyList<ImportRowReport> Rows)
{
    public static ImportReport From(ImportResult result, ITexts texts) => new(
        result.DryRun,
        result.Count(ImportOutcome.Created),
        result.Count(ImportOutcome.Updated),
        result.Count(ImportOutcome.Unchanged),
        result.Count(ImportOutcome.Refused),
        result.Rows.Select(r => new ImportRowReport(
            r.Row,
            r.ExternalId,
            r.Outcome.ToString().ToLowerInvariant(),
            r.OrganisationId,
            r.Problems.Select(p => new ImportProblem(p.Field, result.Columns.GetValueOrDefault(p.Field, p.Field), texts.Get(p.Code, p.Args)))
                .ToList()))
            .ToList());
}

/// <summary>One row of an <see cref="ImportReport"/>.</summary>
internal sealed record ImportRowReport(int Row, string? ExternalId, string Outcome, Guid? OrganisationId, IReadOnlyList<ImportProblem> Problems);

/// <summary>What is wrong with one cell: the field, the column of the file it was read from, and why.</summary>
internal sealed record ImportProblem(string Field, string Column, string Reason);
