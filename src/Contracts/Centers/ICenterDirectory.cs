namespace Kompetenzzentrum.Contracts.Centers;

/// <summary>
/// The centers of the network as the host needs them on every request: from memory, without a database query per call
/// (the centers module keeps them in a small cache, refreshed when a center is created or changed). Implemented by the
/// centers module; optional (absent when that module is switched off).
/// </summary>
public interface ICenterDirectory
{
    /// <summary>
    /// The center an address reaches: by <paramref name="host"/> name, else by the first segment of <paramref name="path"/>,
    /// else the default center; null while no center exists. An unknown first segment is a normal path, not a center.
    /// </summary>
    Task<CenterMatch?> ResolveAsync(string? host, string? path, CancellationToken cancellationToken);

    /// <summary>All centers.</summary>
    Task<IReadOnlyList<CenterIdentity>> AllAsync(CancellationToken cancellationToken);
}
