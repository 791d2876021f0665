using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>
/// The staff's CRM view, shared by the API (<see cref="CrmEndpoints"/>) and the pages (<see cref="CrmPages"/>): the directory of
/// live organisations with search, filters and paging, and one organisation's record with the history that every module answers
/// through <see cref="IOrganisationHistorySource"/>, in time order.
/// </summary>
internal sealed class OrganisationRecords(IDocumentStore store, IEnumerable<IOrganisationHistorySource> sources)
{
    public const int PageSize = 25;
    public const string NoLevel = "none";

    public static IReadOnlyList<string> Levels { get; } =
        [.. Enum.GetValues<MaturityLevel>().Select(l => l.ToString().ToLowerInvariant()), NoLevel];

    public async Task<Result<DirectoryResult>> SearchAsync(DirectoryQuery query, CancellationToken ct)
    {
        const string unknown = "organisations.crm.filter-unknown";
        var errors = new FieldErrors()
            .When(query.Q is { Length: > 200 }, "q", "organisations.crm.q-too-long")
            .When(!string.IsNullOrEmpty(query.Industry) && !IndustrySections.IsKnown(query.Industry), "industry", unknown)
            .When(!string.IsNullOrEmpty(query.Size) && !OrganisationInput.SizeClasses.Contains(query.Size), "size", unknown)
            .When(!string.IsNullOrEmpty(query.Region) && !FederalStates.IsKnown(query.Region), "region", unknown)
            .When(!string.IsNullOrEmpty(query.Level) && !Levels.Contains(query.Level), "level", unknown)
            .When(query.Page is < 1 or > 100_000, "page", "organisations.crm.page-invalid");
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        await using var session = store.QuerySession();
        var organisations = session.Query<Organisation>().Where(o => !o.Erased && o.MergedInto == null);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            organisations = organisations.Where(o => o.Name.Contains(q, StringComparison.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrEmpty(query.Industry))
        {
            organisations = organisations.Where(o => o.Industry == query.Industry);
        }
        if (!string.IsNullOrEmpty(query.Size))
        {
            organisations = organisations.Where(o => o.SizeClass == query.Size);
        }
        if (!string.IsNullOrEmpty(query.Region))
        {
            organisations = organisations.Where(o => o.FederalState == query.Region);
        }
        var found = await organisations.OrderBy(o => o.Name).ToListAsync(ct);
        var levels = (await session.LoadManyAsync<MaturityHistory>(ct, found.Select(o => o.Id).ToArray()))
            .Where(h => h.Latest is not null).ToDictionary(h => h.Id, h => h.Latest!.Level.ToString().ToLowerInvariant());
        var matching = string.IsNullOrEmpty(query.Level)
            ? found
            : found.Where(o => (levels.GetValueOrDefault(o.Id) ?? NoLevel) == query.Level).ToList();
        var page = query.Page ?? 1;
        var rows = new List<DirectoryRow>();
        foreach (var o in matching.Skip((page - 1) * PageSize).Take(PageSize))
        {
            var last = (await HistoryOfAsync(o.Id, ct)).Select(e => (DateTimeOffset?)e.At).LastOrDefault();
            rows.Add(new DirectoryRow(o.Id, o.Name, o.Industry, o.SizeClass, o.FederalState, levels.GetValueOrDefault(o.Id), last));
        }
        return new DirectoryResult(rows, matching.Count, page, PageSize);
    }

    public async Task<Result<OrganisationRecord>> RecordAsync(Guid organisationId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<Organisation>(organisationId, ct) is not { Live: true } o)
        {
            return Refusal.NotFound("organisations.crm.unknown");
        }
        var accounts = (await session.LoadManyAsync<Account>(ct, o.Members.Select(m => m.AccountId).ToArray())).ToDictionary(a => a.Id);
        var members = o.Members
            .Select(m => new MemberView(m.AccountId, accounts.TryGetValue(m.AccountId, out var a) ? a.DisplayName : "", m.IsAdmin))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var rounds = (await session.LoadAsync<MaturityHistory>(organisationId, ct))?.Rounds
            .Select(r => new RoundView(r.Label, r.At, r.OverallScore, r.Level, r.DimensionScores)).ToList() ?? [];
        return new OrganisationRecord(o.Id, o.Name, o.Kind, o.Industry, o.SizeClass, o.FederalState, o.Postcode, members, rounds,
            await HistoryOfAsync(organisationId, ct));
    }

    public async Task<Result<IReadOnlyList<OrganisationHistoryEntry>>> HistoryAsync(Guid organisationId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<Organisation>(organisationId, ct) is not { Live: true })
        {
            return Refusal.NotFound("organisations.crm.unknown");
        }
        return Result.Success(await HistoryOfAsync(organisationId, ct));
    }

    // Every module's entries in one time order, oldest first (ties keep the modules' order).
    private async Task<IReadOnlyList<OrganisationHistoryEntry>> HistoryOfAsync(Guid organisationId, CancellationToken ct)
    {
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.ForAsync(organisationId, ct));
        }
        return [.. entries.OrderBy(e => e.At)];
    }
}
