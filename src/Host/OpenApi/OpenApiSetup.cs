namespace Kompetenzzentrum.Host.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> as the API really is: one schema per type, strings and enums typed
/// as the JSON options write them, the problem details each endpoint can answer.
/// </summary>
internal static class OpenApiSetup
{
    public static void AddDocumentedOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        var ids = new SchemaIds();
        options.CreateSchemaReferenceId = ids.Of;
        options.AddSchemaTransformer(WireSchemas.TransformAsync);
        options.AddOperationTransformer(ProblemResponses.TransformAsync);
    });
}
