namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>
/// The directory's search: a part of the name and filters by industry section, size class, federal state and maturity level
/// (<c>einsteiger</c> … <c>vorreiter</c>, or <c>none</c> for organisations without a check), and the page (from 1).
/// </summary>
internal sealed record DirectoryQuery(string? Q, string? Industry, string? Size, string? Region, string? Level, int? Page);
