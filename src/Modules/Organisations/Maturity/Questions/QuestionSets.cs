using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>Reads published versions; version 1 is built in, later versions are documents.</summary>
internal static class QuestionSets
{
    public static async Task<QuestionSet> CurrentAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<QuestionSet>().OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct) ?? SeedQuestionSet.Version1;

    public static async Task<QuestionSet?> FindAsync(IQuerySession session, int version, CancellationToken ct) =>
        version == SeedQuestionSet.Version1.Id ? SeedQuestionSet.Version1 : await session.LoadAsync<QuestionSet>(version, ct);
}
