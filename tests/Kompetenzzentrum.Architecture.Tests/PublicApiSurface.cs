using System.Globalization;
using Mono.Cecil;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// The public surface of an assembly as sorted text lines, read from its metadata: every type a plugin can see (public,
/// or public/protected nested in such a type) with its kind, base type and interfaces, and every member a plugin can
/// call or override (public and protected; internal and private ones are not API). One line per type or member, so a
/// diff of two surfaces reads as the list of API changes.
/// </summary>
internal static class PublicApiSurface
{
    public static IReadOnlyList<string> Of(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return module.GetTypes()
            .Where(IsVisible)
            .SelectMany(Lines)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Lines(TypeDefinition type)
    {
        var name = type.FullName;
        yield return $"{name} {Kind(type)}{Inherits(type)}";
        foreach (var method in type.Methods.Where(m => IsVisible(m) && !IsAccessor(m)))
        {
            var parameters = string.Join(", ", method.Parameters.Select(Parameter));
            var generics = method.HasGenericParameters ? $"<{string.Join(", ", method.GenericParameters.Select(g => g.Name))}>" : "";
            yield return $"{name} :: {Modifiers(method)}{method.ReturnType.FullName} {method.Name}{generics}({parameters})";
        }
        foreach (var property in type.Properties.Where(p => (p.GetMethod ?? p.SetMethod) is { } m && IsVisible(m)))
        {
            var accessors = (property.GetMethod is { } g && IsVisible(g) ? " get;" : "")
                + (property.SetMethod is { } s && IsVisible(s) ? (IsInitOnly(s) ? " init;" : " set;") : "");
            var index = property.HasParameters ? $"[{string.Join(", ", property.Parameters.Select(Parameter))}]" : "";
            yield return $"{name} :: property {property.PropertyType.FullName} {property.Name}{index} {{{accessors} }}";
        }
        foreach (var field in type.Fields.Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsRuntimeSpecialName))
        {
            var constant = field.HasConstant ? " = " + Constant(field.Constant) : "";
            var modifiers = (field.IsStatic && !field.HasConstant ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
            yield return $"{name} :: field {modifiers}{field.FieldType.FullName} {field.Name}{constant}";
        }
        foreach (var @event in type.Events.Where(e => e.AddMethod is { } m && IsVisible(m)))
        {
            yield return $"{name} :: event {@event.EventType.FullName} {@event.Name}";
        }
    }

    private static bool IsVisible(TypeDefinition type) =>
        type.IsNested
            ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamilyOrAssembly) && IsVisible(type.DeclaringType)
            : type.IsPublic;

    private static bool IsVisible(MethodDefinition method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsAccessor(MethodDefinition method) => method.IsGetter || method.IsSetter || method.IsAddOn || method.IsRemoveOn;

    private static bool IsInitOnly(MethodDefinition setter) =>
        setter.ReturnType is RequiredModifierType { ModifierType.Name: "IsExternalInit" };

    private static string Parameter(ParameterDefinition parameter) =>
        (parameter.IsOut ? "out " : "") + parameter.ParameterType.FullName + (parameter.HasDefault ? " = " + Constant(parameter.Constant) : "");

    private static string Constant(object? value) => value is null ? "null" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static string Modifiers(MethodDefinition method) =>
        (method.IsFamily || method.IsFamilyOrAssembly ? "protected " : "")
        + (method.IsStatic ? "static " : "")
        + (method.IsAbstract ? "abstract " : method.IsVirtual && !method.IsFinal && !method.DeclaringType.IsInterface ? "virtual " : "");

    private static string Kind(TypeDefinition type) => type switch
    {
        { IsInterface: true } => "interface",
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { BaseType.FullName: "System.MulticastDelegate" } => "delegate",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsAbstract: true } => "abstract class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static string Inherits(TypeDefinition type)
    {
        var bases = new[] { type.BaseType?.FullName }
            .Where(b => b is not null and not "System.Object" and not "System.ValueType" and not "System.Enum")
            .Concat(type.Interfaces.Select(i => i.InterfaceType.FullName).Order(StringComparer.Ordinal))
            .ToList();
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }
}
