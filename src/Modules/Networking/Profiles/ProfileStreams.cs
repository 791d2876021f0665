using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>
/// Stream ids of the profiles. Derived from the organisation id, never equal to it: the organisation's own
/// stream (module organisations) already has that id in the one shared store.
/// </summary>
internal static class ProfileStreams
{
    public static Guid Sme(Guid organisationId) => Ids.Derived("networking-sme-profile", organisationId);

    public static Guid Startup(Guid organisationId) => Ids.Derived("networking-startup-profile", organisationId);
}
