using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Web.Documents;

/// <summary>Registers the PDF renderer and its options (section <c>Documents</c>).</summary>
public static class DocumentServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CaseDocumentPdfs"/>; the font is looked for on first use, not at start-up.</summary>
    public static IServiceCollection AddRegistryDocumentPdfs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.SectionName));
        services.TryAddSingleton<CaseDocumentPdfs>();
        return services;
    }
}
