using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.Documents;

/// <summary>Registers the case documents and the public certificate check.</summary>
public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CaseDocuments"/> and <see cref="CertificateVerificationQuery"/> (the ports come from persistence).</summary>
    public static IServiceCollection AddRegistryDocuments(this IServiceCollection services)
    {
        services.TryAddScoped<CaseDocuments>();
        services.TryAddScoped<CertificateVerificationQuery>();
        return services;
    }
}
