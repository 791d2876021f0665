namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>A center with the version of its stream (the ETag of the API's answer, the hidden version of the form).</summary>
internal sealed record VersionedCenter(Center Center, long Version);
