using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.UseCases;

/// <summary>
/// Staff keep the use-case library: the one handler behind <c>POST /use-cases</c>, <c>PUT /use-cases/{id}</c> and the
/// back-office library pages. The whole entry is replaced each time.
/// </summary>
internal sealed class UseCaseChanges(IDocumentSession session, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConsultationUseCase>> ListAsync(CancellationToken ct) =>
        await session.Query<ConsultationUseCase>().OrderBy(u => u.Key).ToListAsync(ct);

    public Task<ConsultationUseCase?> FindAsync(Guid id, CancellationToken ct) => session.LoadAsync<ConsultationUseCase>(id, ct);

    /// <summary>Adds a use case under a new id.</summary>
    public Task<Result<ConsultationUseCase>> AddAsync(UseCaseEndpoints.Input body, CancellationToken ct) =>
        SaveAsync(Ids.New(clock), body, ct);

    /// <summary>Replaces a known use case; an unknown id is refused as not found.</summary>
    public async Task<Result<ConsultationUseCase>> ChangeAsync(Guid id, UseCaseEndpoints.Input body, CancellationToken ct) =>
        await FindAsync(id, ct) is null ? Refusal.NotFound("consultations.use-case.not-found") : await SaveAsync(id, body, ct);

    private async Task<Result<ConsultationUseCase>> SaveAsync(Guid id, UseCaseEndpoints.Input body, CancellationToken ct)
    {
        var problems = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(body.Key) || body.Key.Length > 60, "key", "consultations.use-case.key", TextArgs.Of(("max", 60)))
            .When(string.IsNullOrWhiteSpace(body.Title?.De) || string.IsNullOrWhiteSpace(body.Title?.En), "title",
                "consultations.use-case.title-required")
            .When(body.Summary is null, "summary", "consultations.use-case.summary-required")
            .When((body.Industries ?? []).Any(i => !IndustrySections.IsKnown(i)), "industries", "consultations.use-case.industries")
            .When((body.Topics ?? []).Any(t => !Topics.IsKnown(t)), "topics", "consultations.use-case.topics-known")
            .When(body.SuitableFrom > body.SuitableTo, "suitableTo", "consultations.use-case.suitable-to");
        var tags = Tags.Normalize(body.Tags, "tags", problems);
        var data = Tags.Normalize(body.DataPrerequisites, "dataPrerequisites", problems);
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        var saved = new ConsultationUseCaseSaved(id, body.Key!.Trim(), body.Title!, body.Summary!, body.Industries ?? [], body.Topics ?? [], tags,
            data, body.SuitableFrom ?? MaturityLevel.Einsteiger, body.SuitableTo ?? MaturityLevel.Vorreiter, body.Active ?? true,
            clock.GetUtcNow());
        await ReplacementWrites.AppendAsync(session, id, saved, ct);
        return ConsultationUseCase.From(saved);
    }
}
