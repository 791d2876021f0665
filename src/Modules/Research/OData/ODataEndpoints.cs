using Kompetenzzentrum.Contracts.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.Routing;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// The OData v4 feed at <c>/odata</c> for analysts and their tools (Excel, Power BI: personal access token
/// as HTTP Basic password). Every query option is applied to an EF Core query, so PostgreSQL does the work.
/// </summary>
internal static class ODataEndpoints
{
    public const int PageSize = 1000;
    public const int MaxTop = 10_000;
    public const int MaxNodeCount = 100;

    public static IEdmModel Model { get; } = BuildModel();

    public static void MapResearchOData(this IEndpointRouteBuilder app)
    {
        var odata = app.MapGroup("/odata").RequireAuthorization(Policies.ODataRead);
        odata.MapODataServiceDocument("/", Model).RequireAuthorization(Policies.ODataRead).WithName("ResearchODataService");
        odata.MapODataMetadata("/$metadata", Model).RequireAuthorization(Policies.ODataRead).WithName("ResearchODataMetadata");
        odata.MapGet("/Interactions", (ResearchDb db) => db.Interactions)
            .RequireAuthorization(Policies.ODataRead)
            .WithName("ResearchODataInteractions")
            .WithODataResult()
            .WithODataModel(Model)
            .WithODataOptions(options => options.EnableAll(MaxTop))
            .WithODataBaseAddressFactory(http => new Uri($"{http.Request.Scheme}://{http.Request.Host}/odata/"))
            .AddODataQueryEndpointFilter(
                validation =>
                {
                    validation.MaxTop = MaxTop;
                    validation.MaxNodeCount = MaxNodeCount;
                    validation.MaxExpansionDepth = 1;
                    validation.MaxOrderByNodeCount = 5;
                    validation.MaxAnyAllExpressionDepth = 1;
                },
                query => query.PageSize = PageSize);
    }

    private static IEdmModel BuildModel()
    {
        var builder = new ODataConventionModelBuilder { Namespace = "Research", ContainerName = "Research" };
        builder.EntitySet<InteractionFact>("Interactions").EntityType.Name = "Interaction";
        return builder.GetEdmModel();
    }
}
