namespace Kompetenzzentrum.Modules.Media.Editing;

/// <summary>A handler's answer together with the stream version it shows (the ETag of the API's answer).</summary>
/// <typeparam name="T">The answer.</typeparam>
internal sealed record Versioned<T>(T Value, long Version);
