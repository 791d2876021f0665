using Kompetenzzentrum.Contracts.Application;
using Mono.Cecil;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>
/// The SDK's application layer (<c>Contracts.Application</c>: Decision, Refusal, Result, FieldError, ...) decides and
/// knows nothing of HTTP; <c>Contracts.Web</c> only adapts its answers to HTTP and decides nothing itself.
/// </summary>
public sealed class ContractsTests
{
    private const string Application = "Kompetenzzentrum.Contracts.Application";
    private const string Web = "Kompetenzzentrum.Contracts.Web";
    private const string HttpResult = "Microsoft.AspNetCore.Http.IResult";

    /// <summary>Names that announce a decision or its outcome; an HTTP answer (an IResult) may end in Result.</summary>
    private static readonly string[] DecisionWords =
        ["Decision", "Decider", "Refusal", "Rejection", "Outcome", "Verdict", "Result", "Error", "Errors"];

    /// <summary>
    /// No type of <c>Contracts.Application</c> uses a type of ASP.NET Core (<c>Microsoft.AspNetCore.*</c>) or of the
    /// SDK's adapters (<c>Contracts.Web</c>, <c>Contracts.Ui</c>): not in a base type, interface, attribute, field,
    /// property, event, method signature or generic constraint, nor in a method body (locals, calls, fields and types
    /// used), read from the assembly's IL.
    /// </summary>
    [Fact]
    public void The_application_layer_references_nothing_of_ASP_NET_Core_or_the_adapters()
    {
        using var module = ContractsModule();
        var types = module.GetTypes().Where(t => InNamespace(t, Application)).ToList();
        Assert.Contains(types, t => t.Name == nameof(Decision));

        var found = types.SelectMany(t => TypeUses.Of(t).Select(used => (Type: t, Used: used)))
            .Where(u => IsHttpOrAdapter(u.Used))
            .Select(u => $"{u.Type.FullName} uses {u.Used}")
            .Distinct()
            .ToList();

        Assert.Empty(found);
    }

    /// <summary>
    /// Every type of <c>Contracts.Web</c> is an adapter: a public one is a static class (functions from a result,
    /// refusal or request to an HTTP answer), an interface of an HTTP feature (<c>I…Feature</c>), or a sealed class
    /// with a public method that gives the HTTP answer (an <c>IResult</c>), e.g. a collector of field problems; a
    /// non-public one (compiler-generated ones aside) is an HTTP answer itself, implementing <c>IResult</c>, or a static
    /// class of the adapters' own (reading a request, e.g. an uploaded file). So no
    /// record, struct, enum, delegate or other class defines a decision there.
    /// </summary>
    [Fact]
    public void Every_type_under_Web_is_an_adapter_to_HTTP()
    {
        using var module = ContractsModule();
        var types = module.GetTypes().Where(t => InNamespace(t, Web) && !t.Name.StartsWith('<')).ToList();
        Assert.Contains(types, t => t.Name == "RefusalResults");
        Assert.Contains(types, t => t.Name == "UploadedFiles" && !t.IsPublic);

        var notAdapters = types.Where(t => !IsAdapter(t)).Select(t => t.FullName).ToList();

        Assert.Empty(notAdapters);
    }

    /// <summary>
    /// No type of <c>Contracts.Web</c> is named like a decision or its outcome (Decision, Decider, Refusal, Rejection,
    /// Outcome, Verdict, Result, Error), unless it is an HTTP answer (implements <c>IResult</c>).
    /// </summary>
    [Fact]
    public void No_type_under_Web_is_named_like_a_decision()
    {
        using var module = ContractsModule();
        var named = module.GetTypes()
            .Where(t => InNamespace(t, Web) && !t.Name.StartsWith('<') && !Implements(t, HttpResult))
            .Where(t => DecisionWords.Any(w => t.Name.Split('`')[0].EndsWith(w, StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(named);
    }

    private static bool IsAdapter(TypeDefinition type)
    {
        if (!IsVisible(type))
        {
            return Implements(type, HttpResult) || (type.IsClass && type.IsAbstract && type.IsSealed);
        }
        if (type.IsInterface)
        {
            return type.Name.EndsWith("Feature", StringComparison.Ordinal);
        }
        var isStatic = type.IsClass && type.IsAbstract && type.IsSealed;
        var answersHttp = type.IsClass && !type.IsValueType && type.IsSealed && !IsRecord(type)
            && type.BaseType?.FullName == "System.Object"
            && type.Methods.Any(m => m.IsPublic && !m.IsStatic && m.ReturnType.FullName == HttpResult);
        return isStatic || answersHttp;
    }

    private static bool IsVisible(TypeDefinition type) =>
        type.IsPublic || (type.IsNestedPublic && IsVisible(type.DeclaringType));

    private static bool IsRecord(TypeDefinition type) => type.Methods.Any(m => m.Name == "<Clone>$");

    private static bool Implements(TypeDefinition type, string interfaceName) =>
        type.Interfaces.Any(i => i.InterfaceType.FullName == interfaceName);

    private static bool InNamespace(TypeDefinition type, string name)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type.Namespace == name || type.Namespace.StartsWith(name + ".", StringComparison.Ordinal);
    }

    private static bool IsHttpOrAdapter(string typeName) =>
        typeName.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
        || typeName.StartsWith(Web + ".", StringComparison.Ordinal)
        || typeName.StartsWith("Kompetenzzentrum.Contracts.Ui.", StringComparison.Ordinal);

    private static ModuleDefinition ContractsModule() => ModuleDefinition.ReadModule(typeof(Decision).Assembly.Location);

    [Fact]
    public void The_type_reader_sees_types_in_signatures_and_bodies()
    {
        using var module = ModuleDefinition.ReadModule(typeof(ContractsTests).Assembly.Location);
        var sample = module.GetType(typeof(TypeUseSample).FullName);

        var used = TypeUses.Of(sample).ToHashSet();

        Assert.Contains("Microsoft.AspNetCore.Http.HttpContext", used); // a parameter
        Assert.Contains("Microsoft.AspNetCore.Http.HttpMethods", used); // a field read in a body
        Assert.Contains("Microsoft.AspNetCore.Http.PathString", used); // a local
        Assert.Contains("Microsoft.AspNetCore.Http.IResult", used); // a generic argument of a return type
    }
}

/// <summary>Uses HTTP types in the places the type reader has to see (for the reader's own test).</summary>
internal static class TypeUseSample
{
    public static Task<Microsoft.AspNetCore.Http.IResult>? Answer(Microsoft.AspNetCore.Http.HttpContext http)
    {
        var path = new Microsoft.AspNetCore.Http.PathString("/x");
        return path.HasValue && http.Request.Method == Microsoft.AspNetCore.Http.HttpMethods.Get
            ? Task.FromResult(Microsoft.AspNetCore.Http.Results.Ok())
            : null;
    }
}

/// <summary>The names of all types a type uses, in its declarations and in the IL of its methods.</summary>
internal static class TypeUses
{
    public static IEnumerable<string> Of(TypeDefinition type)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var parameters = new HashSet<GenericParameter>();
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    generic.GenericArguments.ToList().ForEach(Add);
                    return;
                case TypeSpecification specification: // arrays, by-ref, pointers, modifiers
                    Add(specification.ElementType);
                    return;
                case GenericParameter parameter:
                    if (parameters.Add(parameter))
                    {
                        parameter.Constraints.ToList().ForEach(c => Add(c.ConstraintType));
                    }
                    return;
                default:
                    if (found.Add(reference.FullName) && reference.DeclaringType is { } outer)
                    {
                        Add(outer);
                    }
                    return;
            }
        }
        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (method is GenericInstanceMethod generic)
            {
                generic.GenericArguments.ToList().ForEach(Add);
            }
        }
        void AddAttributes(ICustomAttributeProvider provider) =>
            provider.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));

        Add(type.BaseType);
        AddAttributes(type);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        type.GenericParameters.ToList().ForEach(Add);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }
        foreach (var @event in type.Events)
        {
            Add(@event.EventType);
        }
        foreach (var method in type.Methods)
        {
            AddMethod(method);
            AddAttributes(method);
            method.GenericParameters.ToList().ForEach(Add);
            if (!method.HasBody)
            {
                continue;
            }
            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case MethodReference called:
                        AddMethod(called);
                        break;
                    case FieldReference field:
                        Add(field.DeclaringType);
                        Add(field.FieldType);
                        break;
                    case TypeReference used:
                        Add(used);
                        break;
                    case CallSite site:
                        Add(site.ReturnType);
                        site.Parameters.ToList().ForEach(p => Add(p.ParameterType));
                        break;
                }
            }
        }
        return found;
    }
}
