using Kompetenzzentrum.Modules.Research.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// Read-only EF Core view of the research tables. Marten 9 queries are asynchronous only, while OData's query
/// pipeline composes and enumerates an <see cref="IQueryable"/>; EF Core translates that into SQL, so
/// filters, groupings and counts run in PostgreSQL and only a page of results reaches the host.
/// </summary>
internal sealed class ResearchDb(DbContextOptions<ResearchDb> options, ResearchSchema schema) : DbContext(options)
{
    public IQueryable<InteractionFact> Interactions => Set<InteractionFact>().AsNoTracking();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(schema.Name);
        var fact = modelBuilder.Entity<InteractionFact>();
        fact.ToTable(ResearchTables.Interactions);
        fact.HasKey(f => f.Id);
        fact.Property(f => f.Id).HasColumnName("id");
        fact.Property(f => f.OccurredAt).HasColumnName("occurred_at");
        fact.Property(f => f.Month).HasColumnName("month");
        fact.Property(f => f.OrganisationPseudonym).HasColumnName("organisation_pseudonym");
        fact.Property(f => f.Industry).HasColumnName("industry");
        fact.Property(f => f.SizeClass).HasColumnName("size_class");
        fact.Property(f => f.FederalState).HasColumnName("federal_state");
        fact.Property(f => f.MaturityLevel).HasColumnName("maturity_level");
        fact.Property(f => f.EventType).HasColumnName("event_type");
        fact.Property(f => f.OfferingType).HasColumnName("offering_type");
        fact.Property(f => f.OfferingId).HasColumnName("offering_id");
        fact.Property(f => f.Topic).HasColumnName("topic");
        fact.Property(f => f.Kind).HasColumnName("kind");
    }
}

/// <summary>The database schema that holds our tables (Marten's schema, <c>kz</c> unless configured).</summary>
internal sealed record ResearchSchema(string Name);
