namespace Kompetenzzentrum.Contracts.Kernel;

/// <summary>
/// New identifiers. Version-7 GUIDs sort by creation time, which keeps PostgreSQL indexes compact;
/// ids are plain <see cref="Guid"/>s in events so that every module and research can read them.
/// </summary>
public static class Ids
{
    /// <summary>A new time-ordered id taken from the given clock.</summary>
    public static Guid New(TimeProvider clock) => Guid.CreateVersion7(clock.GetUtcNow());
}
