using System.Threading.RateLimiting;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Kompetenzzentrum.Host.Security;

/// <summary>
/// Sign-in schemes (cookie for the web UI, bearer tokens for the API, personal access tokens for analysts'
/// tools, OpenID Connect when configured), the authorization policies of <see cref="Policies"/> and the
/// sign-in rate limit. Accounts themselves belong to the Organisations module.
/// </summary>
internal static class SecuritySetup
{
    private const string Selector = "kz";

    public static void AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = Selector;
                options.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Kompetenzzentrum", options => options.ForwardDefaultSelector = SchemeFor)
            .AddCookie(options =>
            {
                options.Cookie.Name = "kz.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                // The API answers 401/403; only pages redirect to the sign-in page.
                options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null);
        AddOpenIdConnect(authentication, configuration.GetSection("Authentication:Oidc"));

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ChallengeAnonymous>();
        // The requirement is its own handler (ASP.NET Core's pass-through handler runs it).
        var center = CenterRequirement.Instance;
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser().RequireAssertion(c => !IsToken(c.User)))
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireRole(Roles.PlatformAdmin))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.PlatformAdmin, Roles.CenterStaff).AddRequirements(center))
            .AddPolicy(Policies.OfferingManager, p =>
                p.RequireRole(Roles.PlatformAdmin, Roles.CenterStaff, Roles.PartnerStaff).AddRequirements(center))
            .AddPolicy(Policies.OrganisationMember, p => p.RequireRole(Roles.OrganisationMember).RequireClaim(KzClaims.OrganisationId))
            .AddPolicy(Policies.ParticipantOrStaff, p => p.RequireAssertion(c =>
                c.User.IsStaff() || (c.User.IsInRole(Roles.OrganisationMember) && c.User.OrganisationId() is not null)).AddRequirements(center))
            .AddPolicy(Policies.OrganisationAdmin, p => p.RequireRole(Roles.OrganisationMember).RequireClaim(KzClaims.OrganisationAdmin, "true"))
            .AddPolicy(Policies.Analyst, p => p.RequireRole(Roles.Analyst, Roles.PlatformAdmin).AddRequirements(center))
            .AddPolicy(Policies.Reporting, p => p.RequireRole(Roles.CenterStaff, Roles.Analyst, Roles.PlatformAdmin).AddRequirements(center))
            .AddPolicy(Policies.ODataRead, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Analyst) || c.User.IsInRole(Roles.PlatformAdmin) || c.User.HasClaim(KzClaims.Scope, "odata:read"))
                .AddRequirements(center));

        var permits = configuration.GetValue("Security:SignInPermitsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimits.SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    // Token principals carry scopes and no roles: a token reaches only what its scopes name.
    private static bool IsToken(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == PersonalAccessTokenHandler.SchemeName;

    private static string SchemeFor(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Bearer " + PersonalAccessTokenHandler.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return PersonalAccessTokenHandler.SchemeName;
        }
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? BearerTokenDefaults.AuthenticationScheme
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // The API answers with the status; a page the user may not open shows the 403 page in place (there is
        // nothing to redirect to); only a page that needs sign-in sends the browser to the sign-in page.
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/odata")
            || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddOpenIdConnect(AuthenticationBuilder authentication, IConfigurationSection oidc)
    {
        if (string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            return;
        }
        var mapping = oidc.GetSection("RoleMapping").GetChildren().ToDictionary(c => c.Key, c => c.Value ?? "", StringComparer.Ordinal);
        var roleClaim = oidc["RoleClaimType"] ?? "roles";
        authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.Authority = oidc["Authority"];
            options.ClientId = oidc["ClientId"];
            options.ClientSecret = oidc["ClientSecret"];
            options.ResponseType = "code";
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.RequireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", true);
            options.Events.OnTokenValidated = context =>
            {
                context.Principal = new System.Security.Claims.ClaimsPrincipal(OidcRoleMapping.Map(context.Principal!, roleClaim, mapping));
                return Task.CompletedTask;
            };
        });
    }
}
