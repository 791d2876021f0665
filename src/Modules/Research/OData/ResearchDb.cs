using System.Linq.Expressions;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// Read-only EF Core view of the research tables. Marten 9 queries are asynchronous only, while OData's query
/// pipeline composes and enumerates an <see cref="IQueryable"/>; EF Core translates that into SQL, so
/// filters, groupings and counts run in PostgreSQL and only a page of results reaches the host.
/// Every property reads a column of its table's description (<see cref="ResearchTables"/>) or a figure its query
/// computes; the property names are what analysts see, the column names may change without them.
/// </summary>
internal sealed class ResearchDb(DbContextOptions<ResearchDb> options, ResearchSchema schema) : DbContext(options)
{
    // Figures the count sets compute, not columns of a table.
    private const string CountKey = "key";
    private const string InteractionsCounted = "interactions";
    private const string SignalsCounted = "signals";
    private const string EventKey = "event_key";

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
        var s = schema.Name;
        // The pseudonymous sets read the released rows (see Release), never the tables themselves, so no query option
        // can reach an exact time, a sequential id or a rare combination of segment attributes.
        var i = ResearchTables.Interactions;
        Released(
            modelBuilder.Entity<InteractionFact>(), i, $"hashtextextended(f.{i.EventId}::text || ':' || f.{i.Topic}, 0)", i.OccurredAt, fact => fact
            .HasColumn(f => f.OccurredAt, i.OccurredAt).HasColumn(f => f.EventType, i.EventType).HasColumn(f => f.OfferingType, i.OfferingType)
            .HasColumn(f => f.OfferingId, i.OfferingId).HasColumn(f => f.ProgramId, i.ProgramId).HasColumn(f => f.Topic, i.Topic)
            .HasColumn(f => f.Kind, i.Kind).HasColumn(f => f.EventKey, EventKey),
            // One key per event (its rows share it, one per topic), so that analysts can count events: participations.
            (EventKey, $"hashtextextended(f.{i.EventId}::text, 0)"));
        var n = ResearchTables.NeedSignals;
        Released(modelBuilder.Entity<NeedSignal>(), n, $"hashtextextended(f.{n.EventId}::text || ':' || f.{n.Topic}, 0)", n.OccurredAt, need => need
            .HasColumn(f => f.OccurredAt, n.OccurredAt).HasColumn(f => f.Topic, n.Topic).HasColumn(f => f.Source, n.Source)
            .HasColumn(f => f.Strength, n.Strength));
        var fb = ResearchTables.Feedback;
        Released(modelBuilder.Entity<FeedbackResult>(), fb, $"hashtextextended(f.{fb.ParticipationId}::text, 0)", fb.AnsweredAt, feedback => feedback
            .HasColumn(r => r.AnsweredAt, fb.AnsweredAt).HasColumn(r => r.OfferingType, fb.OfferingType).HasColumn(r => r.OfferingId, fb.OfferingId)
            .HasColumn(r => r.ProgramId, fb.ProgramId).HasColumn(r => r.Satisfaction, fb.Satisfaction).HasColumn(r => r.Usefulness, fb.Usefulness)
            .HasColumn(r => r.Recommendation, fb.Recommendation));
        var m = ResearchTables.MaturityResults;
        Released(modelBuilder.Entity<MaturityResult>(), m, $"hashtextextended(f.{m.AssessmentId}::text, 0)", m.AssessedAt, maturity => maturity
            .HasColumn(r => r.AssessedAt, m.AssessedAt).HasColumn(r => r.Round, m.Round).HasColumn(r => r.OverallScore, m.OverallScore));

        // Counts of every organisation, with consent (its rows) or without (counted only).
        var ci = ResearchTables.CountedInteractions;
        var byInteraction = Column.List([i.Month, i.EventType, i.Kind, i.OfferingType, i.ProgramId, i.Topic]);
        modelBuilder.Entity<InteractionCount>().ToSqlQuery(
                $"select md5(concat_ws('|', {i.Month}, {i.EventType}, {i.Kind}, {i.OfferingType}, {i.ProgramId}::text, {i.Topic})) as {CountKey}, "
                + $"{byInteraction}, "
                + $"count(*) as {InteractionsCounted} from (select {byInteraction} from {s}.{i} "
                + $"union all select {Column.List([ci.Month, ci.EventType, ci.Kind, ci.OfferingType, ci.ProgramId, ci.Topic])} from {s}.{ci}) x "
                + $"group by {byInteraction}")
            .HasKey(c => c.Key);
        modelBuilder.Entity<InteractionCount>()
            .HasColumn(c => c.Key, CountKey).HasColumn(c => c.Month, i.Month).HasColumn(c => c.EventType, i.EventType).HasColumn(c => c.Kind, i.Kind)
            .HasColumn(c => c.OfferingType, i.OfferingType).HasColumn(c => c.ProgramId, i.ProgramId).HasColumn(c => c.Topic, i.Topic)
            .HasColumn(c => c.Interactions, InteractionsCounted);
        var cn = ResearchTables.CountedNeeds;
        var byNeed = Column.List([n.Month, n.Source, n.Topic]);
        modelBuilder.Entity<NeedSignalCount>().ToSqlQuery(
                $"select md5(concat_ws('|', {byNeed})) as {CountKey}, {byNeed}, count(*) as {SignalsCounted} "
                + $"from (select {byNeed} from {s}.{n} union all select {Column.List([cn.Month, cn.Source, cn.Topic])} from {s}.{cn}) x "
                + $"group by {byNeed}")
            .HasKey(c => c.Key);
        modelBuilder.Entity<NeedSignalCount>()
            .HasColumn(c => c.Key, CountKey).HasColumn(c => c.Month, n.Month).HasColumn(c => c.Source, n.Source).HasColumn(c => c.Topic, n.Topic)
            .HasColumn(c => c.Signals, SignalsCounted);

        var t = ResearchTables.FeedbackTexts;
        var comments = modelBuilder.Entity<FeedbackComment>().ToTable(t.Name);
        comments.HasKey(c => c.CommentId);
        comments.HasColumn(c => c.CommentId, t.CommentId).HasColumn(c => c.Month, t.Month).HasColumn(c => c.OfferingType, t.OfferingType)
            .HasColumn(c => c.Text, t.PublishedText);
        comments.Property<string>(nameof(t.Status)).HasColumnName(t.Status.Name);
        comments.HasQueryFilter(c => EF.Property<string>(c, nameof(t.Status)) == "approved");
    }

    /// <summary>
    /// A pseudonymous set: the id, month, pseudonym and segment by the property names all four entities share, the
    /// others as <paramref name="map"/> says; it reads exactly the columns mapped, from the released rows of <paramref name="table"/>.
    /// </summary>
    private void Released<T>(
        EntityTypeBuilder<T> entity, PseudonymousTable table, string key, Column at, Action<EntityTypeBuilder<T>> map,
        params (string Name, string Sql)[] computed)
        where T : class
    {
        entity.HasKey(nameof(InteractionFact.Id));
        (string Property, Column Column)[] shared =
        [
            (nameof(InteractionFact.Id), table.Id), (nameof(InteractionFact.Month), table.Month),
            (nameof(InteractionFact.OrganisationPseudonym), table.OrganisationPseudonym), (nameof(InteractionFact.Industry), table.Industry),
            (nameof(InteractionFact.SizeClass), table.SizeClass), (nameof(InteractionFact.FederalState), table.FederalState),
            (nameof(InteractionFact.MaturityLevel), table.MaturityLevel),
        ];
        foreach (var (property, column) in shared)
        {
            entity.Property(property).HasColumnName(column.Name);
        }
        map(entity);
        // Release adds the id, the time cut to the month and the released pseudonym and segment; the rest are read as they are.
        Column[] added = [table.Id, at, .. table.Subject];
        var columns = entity.Metadata.GetProperties().Select(p => p.GetColumnName())
            .Where(name => !added.Any(c => c.Name == name) && !computed.Any(c => c.Name == name))
            .Select(name => table.Columns.FirstOrDefault(c => c.Name == name)
                ?? throw new InvalidOperationException($"{typeof(T).Name} reads the column {name}, which {table} does not describe."));
        entity.ToSqlQuery(Release.Rows(schema.Name, table, key, at, [.. columns], computed));
    }
}

/// <summary>Maps a property to a described column, or to a figure a query computes.</summary>
internal static class ColumnMapping
{
    public static EntityTypeBuilder<T> HasColumn<T, TValue>(this EntityTypeBuilder<T> entity, Expression<Func<T, TValue>> property, Column column)
        where T : class => entity.HasColumn(property, column.Name);

    public static EntityTypeBuilder<T> HasColumn<T, TValue>(this EntityTypeBuilder<T> entity, Expression<Func<T, TValue>> property, string column)
        where T : class
    {
        entity.Property(property).HasColumnName(column);
        return entity;
    }
}
