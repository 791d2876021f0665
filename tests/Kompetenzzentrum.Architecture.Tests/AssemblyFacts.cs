using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>Reads an assembly's references and public types from its metadata, without loading it.</summary>
internal sealed record AssemblyFacts(string Name, IReadOnlyList<string> References, IReadOnlyList<string> PublicTypes)
{
    public static AssemblyFacts Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
        var types = reader.TypeDefinitions
            .Select(reader.GetTypeDefinition)
            .Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            // The Razor compiler makes every page component public and has no way to say internal; pages are
            // reached by URL, never referenced, so they do not count as API.
            .Where(t => !IsRazorComponent(reader, t))
            .Select(t => $"{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}")
            .ToList();
        return new AssemblyFacts(reader.GetString(reader.GetAssemblyDefinition().Name), references, types);
    }

    public static IEnumerable<AssemblyFacts> InArtifacts(string kind) =>
        Directory.GetDirectories(Testing.Artifacts.Folder(kind, ""))
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".dll"))
            .Where(File.Exists)
            .Select(Read);

    private static bool IsRazorComponent(MetadataReader reader, TypeDefinition type)
    {
        if (reader.GetString(type.Name) == "_Imports")
        {
            return true;
        }
        return type.BaseType.Kind == HandleKind.TypeReference
            && reader.GetTypeReference((TypeReferenceHandle)type.BaseType) is var b
            && reader.GetString(b.Name) == "ComponentBase"
            && reader.GetString(b.Namespace) == "Microsoft.AspNetCore.Components";
    }
}
