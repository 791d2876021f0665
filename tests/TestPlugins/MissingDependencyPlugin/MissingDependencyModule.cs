using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;

namespace MissingDependencyPlugin;

public sealed class MissingDependencyModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } =
        new("missing-dependency", new LocalizedText("Fehlt", "Missing"), new Version(1, 0), "Test");

    public override void ConfigureServices(ModuleServicesContext context) => _ = AbsentLibrary.Absent.Hello();
}
