using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using Registry.Application.Review.Facts;
using Registry.Rules.Functions;

namespace Registry.Rules.Compilation;

/// <summary>
/// The expression vocabulary of rule conditions: every fact type,
/// the enums, and the function classes. Expressions see the parameters <c>f</c> (the facts) and <c>m</c> (the materials checklist).
/// </summary>
internal static class ExpressionParsing
{
    public const string FactsParameter = "f";
    public const string MaterialsParameter = "m";

    /// <summary>The custom types rule expressions may name.</summary>
    public static Type[] CustomTypes { get; } =
    [
        .. typeof(ReviewFacts).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(ReviewFacts).Namespace),
        typeof(IdNumbers),
        typeof(BusinessTypes),
        typeof(CertificateNumbers),
        typeof(LandTerms),
        typeof(MaterialsChecklist),
    ];

    /// <summary>Creates a parsing configuration (one per compiler instance; not shared mutable state).</summary>
    public static ParsingConfig CreateConfig()
    {
        var config = new ParsingConfig();
        config.CustomTypeProvider = new DefaultDynamicLinqCustomTypeProvider(config, CustomTypes, cacheCustomTypes: true);
        return config;
    }
}
