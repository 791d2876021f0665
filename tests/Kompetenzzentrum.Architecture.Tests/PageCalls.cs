using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// Finds, in the IL of a module or plugin assembly, page code that calls an HTTP handler of the same assembly, i.e. a
/// method whose answer is an <c>IResult</c>.
/// <para>
/// Page code is every type that answers with a page, with its nested types (the compiler puts lambdas, local
/// functions and async state machines there):
/// <list type="bullet">
/// <item>Razor components (based on <c>Microsoft.AspNetCore.Components.ComponentBase</c>, also through a base of
/// the same assembly);</item>
/// <item>page endpoint classes, named <c>…Pages</c> by convention (<c>CatalogPages</c>, <c>TeamPages</c>);</item>
/// <item>any other type that calls <c>Kompetenzzentrum.Contracts.Ui.UiPages</c> (<c>Render</c>, <c>Done</c>,
/// <c>Failed</c>), i.e. page helpers such as a module's form runner or view renderer.</item>
/// </list>
/// </para>
/// <para>
/// A call (also a method group taken with <c>ldftn</c>) fails when its target is declared in a type of the same
/// assembly that is not page code and returns <c>IResult</c>, a typed result of
/// <c>Microsoft.AspNetCore.Http.HttpResults</c>, or a <c>Task</c>/<c>ValueTask</c> of one: that is an API handler,
/// and a page reading its answer back depends on HTTP status codes and JSON instead of the typed handler
/// (<c>Result&lt;T&gt;</c>, <c>Decision</c>, <c>Refusal</c>) both adapters share. Calls into other assemblies
/// (<c>Results</c>, <c>TypedResults</c>, <c>UiPages</c>, <c>EntityTags</c>) and between page types (a page shown again
/// with its form's state) are fine.
/// </para>
/// </summary>
internal static class PageCalls
{
    private const string UiPages = "Kompetenzzentrum.Contracts.Ui.UiPages";

    public static IEnumerable<string> Violations(ModuleDefinition module)
    {
        var types = module.GetTypes().ToList();
        var pages = types.Where(t => t.DeclaringType is null && IsPage(t, module)).ToHashSet();
        foreach (var type in types.Where(t => pages.Contains(Outermost(t))))
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Ldftn or Code.Ldvirtftn
                        && instruction.Operand is MethodReference target
                        && Local(target.DeclaringType, module) is { } declaring
                        && !pages.Contains(Outermost(declaring))
                        && AnswersHttp(target.ReturnType))
                    {
                        yield return $"{type.FullName}.{method.Name} calls {declaring.FullName}.{target.Name}, "
                            + $"which answers {target.ReturnType.FullName}";
                    }
                }
            }
        }
    }

    /// <summary>True when the type is page code by one of the three marks above.</summary>
    public static bool IsPage(TypeDefinition type, ModuleDefinition module) =>
        type.Name.EndsWith("Pages", StringComparison.Ordinal) || IsComponent(type, module) || CallsUiPages(type);

    private static bool IsComponent(TypeDefinition type, ModuleDefinition module)
    {
        for (var baseType = type.BaseType; baseType is not null;)
        {
            if (baseType.FullName == "Microsoft.AspNetCore.Components.ComponentBase")
            {
                return true;
            }
            baseType = Local(baseType, module)?.BaseType;
        }
        return false;
    }

    private static bool CallsUiPages(TypeDefinition type) =>
        Nested(type).SelectMany(t => t.Methods).Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
            .Any(i => i.Operand is MethodReference m && m.DeclaringType.FullName == UiPages);

    private static bool AnswersHttp(TypeReference type)
    {
        if (type is GenericInstanceType { GenericArguments: [var inner] } awaited
            && awaited.ElementType.FullName is "System.Threading.Tasks.Task`1" or "System.Threading.Tasks.ValueTask`1")
        {
            type = inner;
        }
        var element = type.GetElementType();
        return element.FullName == "Microsoft.AspNetCore.Http.IResult" || element.Namespace == "Microsoft.AspNetCore.Http.HttpResults";
    }

    /// <summary>The type's definition when it is declared in <paramref name="module"/>, else null.</summary>
    private static TypeDefinition? Local(TypeReference type, ModuleDefinition module)
    {
        var element = type.GetElementType();
        return element is TypeDefinition definition ? definition
            : element.Scope == module ? element.Resolve()
            : null;
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) => [type, .. type.NestedTypes.SelectMany(Nested)];

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type;
    }
}
