using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
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

    public IQueryable<InteractionCount> InteractionCounts => Set<InteractionCount>().AsNoTracking();

    public IQueryable<NeedSignalCount> NeedSignalCounts => Set<NeedSignalCount>().AsNoTracking();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(schema.Name);
        // The pseudonymous sets read the released rows (see Release), never the tables themselves, so no query option
        // can reach an exact time, a sequential id or a rare combination of segment attributes.
        var s = schema.Name;
        const string EventKey = "hashtextextended(f.event_id::text || ':' || f.topic, 0)";
        Map(modelBuilder.Entity<InteractionFact>().ToSqlQuery(Release.Rows(s, ResearchTables.Interactions,
            $"{Release.Month("occurred_at")}, f.month, f.event_type, f.offering_type, f.offering_id, f.program_id, f.topic, f.kind", EventKey)), f => f.Id);
        Map(modelBuilder.Entity<NeedSignal>().ToSqlQuery(Release.Rows(s, ResearchTables.NeedSignals,
            $"{Release.Month("occurred_at")}, f.month, f.topic, f.source, f.strength", EventKey)), f => f.Id);
        Map(modelBuilder.Entity<FeedbackResult>().ToSqlQuery(Release.Rows(s, ResearchTables.Feedback,
            $"{Release.Month("answered_at")}, f.month, f.offering_type, f.offering_id, f.program_id, f.satisfaction, f.usefulness, f.recommendation",
            "hashtextextended(f.participation_id::text, 0)")), f => f.Id);
        Map(modelBuilder.Entity<MaturityResult>().ToSqlQuery(Release.Rows(s, ResearchTables.MaturityResults,
            $"{Release.Month("assessed_at")}, f.month, f.round, f.overall_score", "hashtextextended(f.assessment_id::text, 0)")), f => f.Id);
        // Counts of every organisation, with consent (its rows) or without (counted only).
        Map(modelBuilder.Entity<InteractionCount>().ToSqlQuery(
            "select md5(concat_ws('|', month, event_type, kind, offering_type, program_id::text, topic)) as key, month, event_type, kind, offering_type, program_id, topic, "
            + $"count(*) as interactions from (select month, event_type, kind, offering_type, program_id, topic from {s}.{ResearchTables.Interactions} "
            + $"union all select month, event_type, kind, offering_type, program_id, topic from {s}.{ResearchTables.CountedInteractions}) x "
            + "group by month, event_type, kind, offering_type, program_id, topic"), c => c.Key);
        Map(modelBuilder.Entity<NeedSignalCount>().ToSqlQuery(
            "select md5(concat_ws('|', month, source, topic)) as key, month, source, topic, count(*) as signals "
            + $"from (select month, source, topic from {s}.{ResearchTables.NeedSignals} union all select month, source, topic from {s}.{ResearchTables.CountedNeeds}) x "
            + "group by month, source, topic"), c => c.Key);
        var comments = modelBuilder.Entity<FeedbackComment>().ToTable(ResearchTables.FeedbackTexts.Name);
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
