using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Contracts.Imports;

/// <summary>What became of one import row.</summary>
public enum ImportOutcome
{
    /// <summary>A new record was created (or, in a dry run, would be).</summary>
    Created,

    /// <summary>The record with the row's external id was changed.</summary>
    Updated,

    /// <summary>The record with the row's external id already says what the row says.</summary>
    Unchanged,

    /// <summary>The row was refused; its problems say why. Nothing of it was written.</summary>
    Refused,
}

/// <summary>The decision on one import row, as a handler returns it.</summary>
/// <param name="Row">The row number as the spreadsheet shows it.</param>
/// <param name="ExternalId">The row's external id, if it had one.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="Id">The record it created or concerns, if any.</param>
/// <param name="Problems">For a refused row, what is wrong, by field, as text codes.</param>
public sealed record ImportRowResult(int Row, string? ExternalId, ImportOutcome Outcome, Guid? Id, IReadOnlyList<FieldError> Problems);

/// <summary>What an import handler answers: the rows' results in file order, the file's columns, and whether it was a dry run.</summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Columns">Field name to the file's header for it (see <see cref="ImportColumns.Find"/>).</param>
/// <param name="Rows">Every row's result.</param>
public sealed record ImportResult(bool DryRun, IReadOnlyDictionary<string, string> Columns, IReadOnlyList<ImportRowResult> Rows);

/// <summary>
/// The answer to an import, the same for every import endpoint: counts and one line per row (number as the spreadsheet
/// shows it, external id, outcome <c>created</c>, <c>updated</c>, <c>unchanged</c> or <c>refused</c>, the record, and for a
/// refused row each problem with the field, the file's column and the reason in the request's language).
/// </summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Created">Rows that created (or would create) a record.</param>
/// <param name="Updated">Rows that changed a record.</param>
/// <param name="Unchanged">Rows that found their record as they describe it.</param>
/// <param name="Refused">Rows refused.</param>
/// <param name="Rows">Every row, in file order.</param>
public sealed record ImportReport(bool DryRun, int Created, int Updated, int Unchanged, int Refused, IReadOnlyList<ImportRowReport> Rows)
{
    /// <summary>The report of <paramref name="result"/>, with reasons in the request's language.</summary>
    /// <param name="result">The handler's result.</param>
    /// <param name="texts">The texts of the request's language.</param>
    public static ImportReport From(ImportResult result, ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(texts);
        var (dryRun, columns, rows) = (result.DryRun, result.Columns, result.Rows);
        int Count(ImportOutcome outcome) => rows.Count(r => r.Outcome == outcome);
        return new ImportReport(dryRun, Count(ImportOutcome.Created), Count(ImportOutcome.Updated), Count(ImportOutcome.Unchanged),
            Count(ImportOutcome.Refused),
            rows.Select(r => new ImportRowReport(r.Row, r.ExternalId, r.Outcome.ToString().ToLowerInvariant(), r.Id,
                r.Problems.Select(p => new ImportProblem(p.Field, columns.GetValueOrDefault(p.Field, p.Field), texts.Get(p.Code, p.Args)))
                    .ToList())).ToList());
    }
}

/// <summary>One row of an <see cref="ImportReport"/>.</summary>
/// <param name="Row">The row number as the spreadsheet shows it (the header is row 1).</param>
/// <param name="ExternalId">The row's external id.</param>
/// <param name="Outcome"><c>created</c>, <c>updated</c>, <c>unchanged</c> or <c>refused</c>.</param>
/// <param name="Id">The record created or concerned.</param>
/// <param name="Problems">Why the row was refused.</param>
public sealed record ImportRowReport(int Row, string? ExternalId, string Outcome, Guid? Id, IReadOnlyList<ImportProblem> Problems);

/// <summary>What is wrong with one cell of a refused row.</summary>
/// <param name="Field">The field, as the API names it.</param>
/// <param name="Column">The file's header of the column it was read from (the field name when the file lacks it).</param>
/// <param name="Reason">Why, in the request's language.</param>
public sealed record ImportProblem(string Field, string Column, string Reason);
