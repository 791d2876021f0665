using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kompetenzzentrum.Host.Tests.Web.Sweep;

/// <summary>The bodies the sweep sends: broken JSON, wrong types, unknown fields, oversized and hostile strings.</summary>
internal static class ProbeBodies
{
    public const string Malformed = """{"name": "unterminated""";

    public const string UnknownField = """{"sweepFieldNobodyKnows": 1}""";

    public static readonly string[] Injections =
    [
        "'; DROP TABLE kz.mt_events; --",
        "<script>alert('x')</script>",
        "{{ 7 * 7 }} {% for x in (1..9999999) %}x{% endfor %}",
        "${jndi:ldap://127.0.0.1/x}",
        "nul\u0000byte",
        "../../../../etc/passwd",
        "\ud83d\ude00 Ünïcödé " + new string('x', 5000),
    ];

    /// <summary>About 2 MiB of valid JSON: above the 1 MiB cap.</summary>
    public static string Oversized() => "{\"padding\":\"" + new string('a', 2 * 1024 * 1024) + "\"}";

    /// <summary>
    /// An object of the request type with its first property given a value of the wrong JSON kind, or null when the type has
    /// no properties.
    /// </summary>
    public static string? WrongType(Type? type)
    {
        var first = Properties(type).FirstOrDefault();
        if (first is null)
        {
            return null;
        }
        var wrong = IsText(first.PropertyType) ? (JsonNode)JsonValue.Create(12345) : JsonValue.Create("not-of-this-type");
        return new JsonObject { [JsonName(first)] = wrong }.ToJsonString();
    }

    /// <summary>An object of the request type with every text property set to the payload and plausible values elsewhere.</summary>
    public static string? Hostile(Type? type, string payload)
    {
        var properties = Properties(type).ToList();
        if (properties.Count == 0)
        {
            return null;
        }
        var body = new JsonObject();
        foreach (var property in properties)
        {
            body[JsonName(property)] = ValueFor(property.PropertyType, payload, depth: 0);
        }
        return body.ToJsonString();
    }

    public static bool IsObjectShaped(Type? type) =>
        type is not null && type != typeof(JsonElement) && type != typeof(JsonNode) && type != typeof(object)
        && !IsDictionary(type) && Properties(type).Any();

    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type) || (type.IsGenericType && new[] { type }.Concat(type.GetInterfaces())
            .Any(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))));

    private static IEnumerable<PropertyInfo> Properties(Type? type) =>
        type is null || type == typeof(string) || type.IsPrimitive || type == typeof(JsonElement) || typeof(IEnumerable).IsAssignableFrom(type)
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name
            ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static bool IsText(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(string);

    private static JsonNode? ValueFor(Type type, string payload, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return payload;
        }
        if (type == typeof(Guid))
        {
            return Guid.NewGuid().ToString();
        }
        if (type == typeof(bool))
        {
            return true;
        }
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "2030-05-04T10:00:00+02:00";
        }
        if (type == typeof(DateOnly))
        {
            return "2030-05-04";
        }
        if (type == typeof(TimeOnly))
        {
            return "10:00:00";
        }
        if (type.IsEnum)
        {
            return Enum.GetNames(type).FirstOrDefault();
        }
        if (type.IsPrimitive || type == typeof(decimal))
        {
            return 1;
        }
        if (IsDictionary(type))
        {
            return new JsonObject { ["sweep"] = depth > 2 ? null : ValueFor(type.GetGenericArguments()[^1], payload, depth + 1) };
        }
        if (type.IsArray || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[^1];
            return depth > 2 ? new JsonArray() : new JsonArray(ValueFor(element, payload, depth + 1));
        }
        if (depth > 2)
        {
            return null;
        }
        var nested = new JsonObject();
        foreach (var property in Properties(type))
        {
            nested[JsonName(property)] = ValueFor(property.PropertyType, payload, depth + 1);
        }
        return nested;
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
