using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>An organisation's export and erasure for the host's command line; the same data the API's export and erasure reach.</summary>
internal sealed class OrganisationPrivacy(IDocumentStore store, Erasure erasure, IEnumerable<IPersonalDataExporter> exporters) : IOrganisationPrivacy
{
    public async Task<IReadOnlyDictionary<string, object?>?> ExportAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var organisation = await session.LoadAsync<Organisation>(organisationId, cancellationToken);
        if (organisation is null || organisation.Erased)
        {
            return null;
        }
        var members = await session.LoadManyAsync<Account>(cancellationToken, organisation.Members.Select(m => m.AccountId).ToArray());
        var export = new Dictionary<string, object?>
        {
            ["exportedFor"] = organisationId,
            ["organisation"] = OrganisationEndpoints.View(organisation),
            ["members"] = members.Select(m => new { m.Id, m.DisplayName, m.Email, m.Roles, m.RegisteredAt, m.LastSignInAt }).ToList(),
            ["invitations"] = organisation.Invitations.Select(i => new { i.Email, i.AsAdmin, i.ExpiresAt, i.Accepted }).ToList(),
            ["contactPerson"] = organisation.Contact,
        };
        var subject = new PersonalDataSubject(members.Select(m => m.Id).ToList(),
            members.Where(m => m.NormalizedEmail is not null).Select(m => m.NormalizedEmail!).ToList(), organisationId);
        foreach (var exporter in exporters)
        {
            export[exporter.Section] = await exporter.ExportAsync(subject, cancellationToken);
        }
        return export;
    }

    public Task<bool> EraseAsync(Guid organisationId, CancellationToken cancellationToken) =>
        erasure.EraseOrganisationAsync(organisationId, cancellationToken);
}
