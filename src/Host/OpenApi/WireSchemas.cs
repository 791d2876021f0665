using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kompetenzzentrum.Host.OpenApi;

/// <summary>
/// Schemas typed as the API's JSON options write them. The generator leaves a type it cannot see through a custom
/// converter untyped (<c>{}</c>), and every string goes through <c>NoNulStringConverter</c>, so strings and lists of
/// strings are typed here; enums go through <c>JsonStringEnumConverter</c> and are written as their names.
/// </summary>
internal static class WireSchemas
{
    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var info = context.JsonTypeInfo;
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var nullable = context.JsonPropertyInfo is { IsGetNullable: true } or { IsSetNullable: true };
        if (type == typeof(string) && schema.Type is null && schema.Enum is not { Count: > 0 })
        {
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (type.IsEnum && schema.Enum is { Count: > 0 } values)
        {
            schema.Type = values.Any(v => v is null) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType == typeof(string) && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }
        else if (schema.Type is { } kind && (kind & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && kind.HasFlag(JsonSchemaType.String))
        {
            // The web defaults also read numbers written as strings, a leniency, not the shape: the API writes numbers,
            // and a client generated from "integer or string" would have to guess.
            schema.Type = kind & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }
}
