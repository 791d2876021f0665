using System.Text.Json.Nodes;

namespace Kompetenzzentrum.Host.Tests.OpenApi;

/// <summary>One operation of the served OpenAPI document, with the schema of its JSON request body if it has one.</summary>
internal sealed record DocumentedOperation(string Method, string Path, JsonObject Operation, JsonObject? BodySchema)
{
    public string Name => $"{Method} {Path}";

    public IEnumerable<JsonObject> Parameters => (Operation["parameters"]?.AsArray() ?? []).OfType<JsonObject>();

    public static IReadOnlyList<DocumentedOperation> All(JsonNode document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(op => op.Key is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => new DocumentedOperation(op.Key.ToUpperInvariant(), path.Key, op.Value!.AsObject(),
                    op.Value!["requestBody"]?["content"]?["application/json"]?["schema"]?.AsObject())))
            .ToList();

    /// <summary>
    /// The name of the component schema the request body refers to, also when the body may be left out (one of null and
    /// the schema), or null when it is inline or absent.
    /// </summary>
    public string? BodySchemaId => (BodySchema?["$ref"] ?? BodySchema?["oneOf"]?.AsArray().Select(c => c?["$ref"]).FirstOrDefault(r => r is not null))
        ?.GetValue<string>().Split('/')[^1];

    /// <summary>Whether the document names <paramref name="status"/> among the operation's answers.</summary>
    public bool Documents(int status) => Operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not null;
}
