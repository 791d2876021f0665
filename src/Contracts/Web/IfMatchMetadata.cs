namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// Endpoint metadata: the endpoint reads <c>If-Match</c> by the rules of <see cref="EntityTags"/>, so that the API
/// reference documents the header and its answers. Added by <see cref="EntityTags.ReadsIfMatch{TBuilder}"/>.
/// </summary>
/// <param name="Required">Whether a write that names no version answers 428.</param>
public sealed record IfMatchMetadata(bool Required);
