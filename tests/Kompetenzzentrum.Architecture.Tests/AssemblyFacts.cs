using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// Reads an assembly's references, public types and the members of other assemblies it uses (<see cref="Uses"/>, as
/// <c>Namespace.Type::Member</c>, constructors as <c>::.ctor</c>) from its metadata, without loading it.
/// </summary>
internal sealed record AssemblyFacts(string Name, IReadOnlyList<string> References, IReadOnlyList<string> PublicTypes, IReadOnlyList<string> Uses)
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
        var uses = reader.MemberReferences
            .Select(reader.GetMemberReference)
            .Where(m => m.Parent.Kind == HandleKind.TypeReference)
            .Select(m => (Type: reader.GetTypeReference((TypeReferenceHandle)m.Parent), Member: reader.GetString(m.Name)))
            .Select(m => $"{reader.GetString(m.Type.Namespace)}.{reader.GetString(m.Type.Name)}::{m.Member}")
            .Distinct()
            .ToList();
        return new AssemblyFacts(reader.GetString(reader.GetAssemblyDefinition().Name), references, types, uses);
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
