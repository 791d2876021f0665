using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Refuses text containing U+0000 while a request body is read. PostgreSQL cannot store it in text or jsonb,
/// so it would otherwise surface as a server error long after the request was accepted; as a
/// <see cref="JsonException"/> it becomes a 400 naming the field.
/// </summary>
internal sealed class NoNulStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected text but found {reader.TokenType}.");
        }
        var value = reader.GetString();
        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new JsonException("Text must not contain the NUL character (\\u0000).");
        }
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
