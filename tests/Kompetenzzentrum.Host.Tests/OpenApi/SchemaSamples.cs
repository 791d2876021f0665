using System.Text.Json.Nodes;

namespace Kompetenzzentrum.Host.Tests.OpenApi;

/// <summary>
/// Values built from nothing but a schema of the served document: what a client that trusts the document would send.
/// Minimal samples carry the required properties, full ones every property.
/// </summary>
internal sealed class SchemaSamples(JsonNode document, Guid organisationId)
{
    private const int MaxDepth = 6;

    public JsonNode? Sample(JsonObject schema, bool full, string? name = null, int depth = 0)
    {
        schema = Resolve(schema);
        if (schema["enum"] is JsonArray values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }
        if ((schema["oneOf"] ?? schema["anyOf"]) is { } choices)
        {
            var choice = choices.AsArray().OfType<JsonObject>().FirstOrDefault(c => !IsNullOnly(c));
            return choice is null ? null : Sample(choice, full, name, depth);
        }
        var types = Types(schema);
        if (types.Contains("object") || schema["properties"] is not null)
        {
            return depth >= MaxDepth ? new JsonObject() : Object(schema, full, depth);
        }
        if (types.Contains("array"))
        {
            var items = schema["items"] as JsonObject;
            return items is null || depth >= MaxDepth ? new JsonArray() : new JsonArray(Sample(items, full, null, depth + 1));
        }
        if (types.Contains("integer") || types.Contains("number"))
        {
            return JsonValue.Create(1);
        }
        if (types.Contains("boolean"))
        {
            return JsonValue.Create(true);
        }
        return types.Contains("string") ? Text(schema, name) : null;
    }

    public static HashSet<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToHashSet(),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    public JsonObject Resolve(JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? Resolve(document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject())
            : schema;

    private JsonObject Object(JsonObject schema, bool full, int depth)
    {
        var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        var body = new JsonObject();
        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
        {
            if (full || required.Contains(property))
            {
                body[property] = Sample(propertySchema!.AsObject(), full, property, depth + 1);
            }
        }
        return body;
    }

    private static bool IsNullOnly(JsonObject schema) => Types(schema) is { Count: 1 } only && only.Contains("null");

    private JsonNode Text(JsonObject schema, string? name) => schema["format"]?.GetValue<string>() switch
    {
        "uuid" => JsonValue.Create(name == "organisationId" ? organisationId : Guid.NewGuid()),
        "date" => JsonValue.Create("2027-03-01"),
        "date-time" => JsonValue.Create("2027-03-01T09:00:00+01:00"),
        "uri" => JsonValue.Create("https://example.org/beispiel"),
        _ => JsonValue.Create(name?.Contains("mail", StringComparison.OrdinalIgnoreCase) == true ? "beispiel@example.org" : "Beispiel"),
    };
}
