namespace Kompetenzzentrum.Modules.Research.Interactions;

/// <summary>The database schema that holds our tables (Marten's schema, <c>kz</c> unless configured).</summary>
internal sealed record ResearchSchema(string Name);
