using JasperFx.Events;
using Kompetenzzentrum.Contracts.Organisations;
using Marten;
using Marten.Events.Projections;

namespace FaultyPlugin;

/// <summary>An inline projection over the organisations module's public event that throws on every one of them.</summary>
public sealed class ProfileCounter : IProjection
{
    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation) =>
        events.Any(e => e.Data is OrganisationProfiled) ? throw new InvalidOperationException(FaultyModule.Failure) : Task.CompletedTask;
}
