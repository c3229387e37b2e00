using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Registry.Application.CaseFile;

/// <summary>DI registration of the case file read model.</summary>
public static class CaseFileServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ICaseFileQuery"/>, the signal confirmations (<see cref="Examination.ICaseSignals"/>) and the material names from <c>materials.json</c> in <paramref name="rulesDirectory"/>.</summary>
    public static IServiceCollection AddRegistryCaseFile(this IServiceCollection services, string rulesDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(rulesDirectory);
        services.TryAddSingleton<IMaterialNames>(_ => new JsonMaterialNames(Path.Combine(rulesDirectory, "materials.json")));
        services.TryAddScoped<ICaseFileQuery, CaseFileQuery>();
        services.TryAddScoped<Examination.ICaseSignals, Examination.WorkflowCaseSignals>();
        return services;
    }
}
