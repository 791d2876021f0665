using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Security;

/// <summary>Endpoint conventions for routes that name an organisation.</summary>
public static class OrganisationAccess
{
    /// <summary>
    /// For routes with an <c>{organisationId}</c> parameter: members of that organisation and staff pass;
    /// everybody else gets 404, so ids of other organisations reveal nothing. Also requires
    /// <see cref="Policies.ParticipantOrStaff"/>.
    /// </summary>
    public static TBuilder RequireOrganisationAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(Policies.ParticipantOrStaff);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            return http.Request.RouteValues.TryGetValue("organisationId", out var raw)
                && Guid.TryParse(raw?.ToString(), out var organisationId)
                && !http.User.MaySee(organisationId)
                    ? Results.NotFound()
                    : await next(context);
        });
        return builder;
    }
}
