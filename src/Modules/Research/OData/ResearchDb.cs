using Kompetenzzentrum.Modules.Research.Interactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// Read-only EF Core view of the research tables. Marten 9 queries are asynchronous only, while OData's query
/// pipeline composes and enumerates an <see cref="IQueryable"/>; EF Core translates that into SQL, so
/// filters, groupings and counts run in PostgreSQL and only a page of results reaches the host.
/// Column names are the snake_case of the property names.
/// </summary>
internal sealed class ResearchDb(DbContextOptions<ResearchDb> options, ResearchSchema schema) : DbContext(options)
{
    public IQueryable<InteractionFact> Interactions => Set<InteractionFact>().AsNoTracking();

    public IQueryable<NeedSignal> NeedSignals => Set<NeedSignal>().AsNoTracking();

    public IQueryable<FeedbackResult> Feedback => Set<FeedbackResult>().AsNoTracking();

    public IQueryable<MaturityResult> MaturityResults => Set<MaturityResult>().AsNoTracking();

    // Only approved texts exist for analysts: the filter is part of the entity set, not of the query.
    public IQueryable<FeedbackComment> FeedbackComments => Set<FeedbackComment>().AsNoTracking();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(schema.Name);
        Map(modelBuilder.Entity<InteractionFact>().ToTable(ResearchTables.Interactions), f => f.Id);
        Map(modelBuilder.Entity<NeedSignal>().ToTable(ResearchTables.NeedSignals), f => f.Id);
        Map(modelBuilder.Entity<FeedbackResult>().ToTable(ResearchTables.Feedback), f => f.Id);
        Map(modelBuilder.Entity<MaturityResult>().ToTable(ResearchTables.MaturityResults), f => f.Id);
        var comments = modelBuilder.Entity<FeedbackComment>().ToTable(ResearchTables.FeedbackTexts);
        Map(comments, c => c.CommentId);
        comments.Property(c => c.Text).HasColumnName("published_text");
        comments.Property<string>("status").HasColumnName("status");
        comments.HasQueryFilter(c => EF.Property<string>(c, "status") == "approved");
    }

    private static void Map<T>(EntityTypeBuilder<T> entity, System.Linq.Expressions.Expression<Func<T, object?>> key)
        where T : class
    {
        entity.HasKey(key);
        foreach (var property in typeof(T).GetProperties())
        {
            entity.Property(property.Name).HasColumnName(SnakeCase(property.Name));
        }
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
