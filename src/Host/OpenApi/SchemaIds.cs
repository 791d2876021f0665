using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Kompetenzzentrum.Host.OpenApi;

/// <summary>
/// One schema id per type. The default id is the bare type name, so the nested <c>BookSession.Request</c> and
/// <c>CreateProgram.Request</c> shared one schema and a booking was documented with a program's fields. Nested types
/// are named with their declaring types (<c>BookSessionRequest</c>); a name still taken by another type gets its
/// module's name in front, then its namespace.
/// </summary>
internal sealed class SchemaIds
{
    private readonly Dictionary<string, Type> _claimed = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _ids = [];
    private readonly Lock _lock = new();

    public string? Of(JsonTypeInfo info)
    {
        if (OpenApiOptions.CreateDefaultSchemaReferenceId(info) is not { } id)
        {
            return null;
        }
        // MaturityLevel? is documented as MaturityLevel, as the default does.
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        lock (_lock)
        {
            if (_ids.TryGetValue(type, out var known))
            {
                return known;
            }
            var chosen = Candidates(type, id).First(c => !_claimed.TryGetValue(c, out var owner) || owner == type);
            _claimed[chosen] = type;
            _ids[type] = chosen;
            return chosen;
        }
    }

    private static IEnumerable<string> Candidates(Type type, string id)
    {
        var named = string.Concat(DeclaringTypes(type).Select(t => Plain(t.Name))) + id;
        yield return named;
        var space = type.Namespace ?? "";
        var parts = space.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var module = Array.IndexOf(parts, "Modules") is var at and >= 0 && at + 1 < parts.Length ? parts[at + 1] : parts.LastOrDefault();
        if (module is not null)
        {
            yield return module + named;
        }
        yield return string.Concat(parts) + named;
        for (var n = 2; ; n++)
        {
            yield return string.Concat(parts) + named + n;
        }
    }

    private static IEnumerable<Type> DeclaringTypes(Type type)
    {
        var chain = new Stack<Type>();
        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            chain.Push(outer);
        }
        return chain;
    }

    // A generic declaring type's name carries its arity (Outer`1), which no schema id may.
    private static string Plain(string name) => name.Split('`')[0];
}
