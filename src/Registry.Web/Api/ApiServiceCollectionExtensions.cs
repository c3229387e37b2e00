using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using Registry.Application.Api;
using Registry.Application.Notifications;
using Registry.Persistence;
using Registry.Web.Api.Webhooks;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Registry.Web.Api;

/// <summary>
/// The REST API for bank outlets and courts: OpenIddict's token server (client credentials) and token validation on this
/// host with their data in the application database, a separate authentication scheme from the staff's cookie, a rate
/// limit per client, the OpenAPI document, and the webhook channel of the outbox.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>The authorization policy of <c>/api/v1</c>: a valid access token from this host's token server.</summary>
    public const string ClientPolicy = "api-client";

    /// <summary>The rate-limit policy of <c>/api/v1</c>, partitioned by client id.</summary>
    public const string RateLimitPolicy = "api-per-client";

    /// <summary>
    /// Adds the API's use cases and the token store's side of client registration (OpenIddict core on the application
    /// database), without the HTTP endpoints: what the web host uses, and what a tool registering clients on a database needs.
    /// </summary>
    public static IServiceCollection AddRegistryApiClientRegistration(this IServiceCollection services)
    {
        services.AddRegistryApiUseCases();
        services.AddScoped<IApiCredentials, OpenIddictApiCredentials>();
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<RegistryDbContext>());
        return services;
    }

    /// <summary>Adds the API. Call after <c>AddRegistryServices</c> (it wraps the case store for result webhooks).</summary>
    public static IServiceCollection AddRegistryApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ApiOptions.SectionName);
        services.AddOptions<ApiOptions>().Bind(section)
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero, "Api:AccessTokenLifetime must be positive.")
            .Validate(o => o.RateLimitBurst >= 1 && o.RateLimitPerSecond >= 1, "Api:RateLimitBurst and Api:RateLimitPerSecond must be at least 1.")
            .ValidateOnStart();
        var options = section.Get<ApiOptions>() ?? new ApiOptions();

        services.AddRegistryApiClientRegistration();
        services.AddScoped<ApiCallers>();
        services.AddHttpClient(WebhookNotificationSender.HttpClientName, c => c.Timeout = options.WebhookTimeout);
        services.AddSingleton<INotificationSender, WebhookNotificationSender>();

        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.RegisterScopes(ApiScopes.Mortgage, ApiScopes.Judicial);
                o.SetAccessTokenLifetime(options.AccessTokenLifetime);
                o.AddEventHandler(RefusedTokenRequestJournal.Descriptor);

                // Signing and encryption keys come from the database (StoredTokenServerKeys), the same on every node.
                var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (!options.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });

        services.AddSingleton<IConfigureOptions<OpenIddict.Server.OpenIddictServerOptions>, StoredTokenServerKeys>();

        services.AddAuthorizationBuilder().AddPolicy(ClientPolicy, p => p
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                var client = context.User.FindFirst(Claims.Subject)?.Value ?? "anonymous:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.RateLimitBurst,
                    TokensPerPeriod = limits.RateLimitPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            // One handler serves every policy: the public pages' refusal (progress, verification) stays theirs.
            var pages = o.OnRejected;
            o.OnRejected = (context, cancellationToken) =>
            {
                if (!context.HttpContext.Request.Path.StartsWithSegments("/api") && pages is not null)
                {
                    return pages(context, cancellationToken);
                }

                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
        });

        services.AddOpenApi("v1", o =>
        {
            // The document describes the API only, not the console's own endpoints (sign-in, culture).
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Registry API for bank outlets and courts (不动产登记 接口)";
                document.Info.Version = "v1";
                document.Info.Description =
                    "Get a token with OAuth 2 client credentials at POST /connect/token (client_id, client_secret, grant_type=client_credentials), " +
                    "then call /api/v1 with the header 'Authorization: Bearer {access_token}'. Send 'Idempotency-Key' on submissions: a retry returns the same case. " +
                    "Results are posted to the client's webhook, signed: X-Registry-Signature = sha256=hex(HMAC-SHA256(secret, X-Registry-Timestamp + '.' + body)). " +
                    "Errors are RFC 7807 problem documents naming the field.";
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
