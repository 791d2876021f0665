namespace Kompetenzzentrum.Contracts.Kernel;

/// <summary>
/// New identifiers. Version-7 GUIDs sort by creation time, which keeps PostgreSQL indexes compact;
/// ids are plain <see cref="Guid"/>s in events so that every module and research can read them.
/// </summary>
public static class Ids
{
    /// <summary>A new time-ordered id taken from the given clock.</summary>
    public static Guid New(TimeProvider clock) => Guid.CreateVersion7(clock.GetUtcNow());

    /// <summary>
    /// A stable id derived from another id and a scope (name-based: SHA-256 of scope and id, as an RFC 9562 version-8 UUID). Stream ids are
    /// global in the one shared store: a module that keeps its own stream about something another module
    /// owns (an organisation, an account) must not reuse that id as its stream id, or the two streams collide.
    /// </summary>
    public static Guid Derived(string scope, Guid id)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(scope + ":" + id.ToString("N")));
        var guid = bytes.AsSpan(0, 16).ToArray();
        guid[6] = (byte)((guid[6] & 0x0F) | 0x80);
        guid[8] = (byte)((guid[8] & 0x3F) | 0x80);
        return new Guid(guid, bigEndian: true);
    }
}
