using System.Security.Cryptography;
using System.Text;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;
using Registry.Rules.Loading;
using Registry.Rules.NRules;

namespace Registry.Rules;

/// <summary>
/// The loaded, validated and compiled rule sets of one rules directory (the shipped catalogue in rules/), plus the
/// materials checklist. Immutable; load a new catalogue to pick up new versions.
/// </summary>
public sealed class RuleSetCatalogue
{
    /// <summary>File name of the materials checklist inside a rules directory.</summary>
    public const string MaterialsFile = "materials.json";

    /// <summary>File name of the schema inside a rules directory (not a rule set).</summary>
    public const string SchemaFile = "rule-set.schema.json";

    private RuleSetCatalogue(IReadOnlyList<CompiledRuleSet<ReviewFacts>> review, IReadOnlyList<CompiledRuleSet<FinishedCaseFacts>> selfCheck, MaterialsChecklist materials,
        IReadOnlyList<(string Name, string File, string Json)> documents)
    {
        Documents = documents;
        ReviewSets = review;
        SelfCheckSets = selfCheck;
        Materials = materials;
        _reviewEngine = new(() => new CompiledEngine<ReviewFacts>(review, ReviewEntrySources.All));
        _selfCheckEngine = new(() => new CompiledEngine<FinishedCaseFacts>(selfCheck, []));
    }

    private readonly Lazy<CompiledEngine<ReviewFacts>> _reviewEngine;
    private readonly Lazy<CompiledEngine<FinishedCaseFacts>> _selfCheckEngine;

    /// <summary>The materials checklist.</summary>
    public MaterialsChecklist Materials { get; }

    /// <summary>Loaded rule sets.</summary>
    public IReadOnlyList<RuleSetInfo> RuleSets =>
    [
        .. ReviewSets.Select(s => new RuleSetInfo(s.Name, "review", s.Definition.Version, s.Definition.File, s.Rules.Count)),
        .. SelfCheckSets.Select(s => new RuleSetInfo(s.Name, "selfcheck", s.Definition.Version, s.Definition.File, s.Rules.Count)),
    ];

    internal IReadOnlyList<CompiledRuleSet<ReviewFacts>> ReviewSets { get; }

    /// <summary>The source of every set as loaded (a dry run replaces one of them by a draft).</summary>
    internal IReadOnlyList<(string Name, string File, string Json)> Documents { get; }

    internal IReadOnlyList<CompiledRuleSet<FinishedCaseFacts>> SelfCheckSets { get; }

    /// <summary>
    /// Loads every *.json in <paramref name="rulesDirectory"/> (except the schema), validates and compiles it.
    /// Throws <see cref="RuleSetValidationException"/> listing every error (file, rule code, position, message).
    /// </summary>
    public static RuleSetCatalogue LoadDirectory(string rulesDirectory, RuleSetCompilationCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(rulesDirectory);
        var files = Directory.GetFiles(rulesDirectory, "*.json")
            .Where(p => Path.GetFileName(p) is not (SchemaFile or MaterialsFile))
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)));
        var materialsPath = Path.Combine(rulesDirectory, MaterialsFile);
        var materials = File.Exists(materialsPath) ? MaterialsChecklist.Parse(File.ReadAllText(materialsPath), MaterialsFile) : MaterialsChecklist.Empty;
        return Load(files, materials, cache);
    }

    /// <summary>Loads rule sets from (file name, JSON) pairs. Throws <see cref="RuleSetValidationException"/> on any error.</summary>
    public static RuleSetCatalogue Load(IEnumerable<(string File, string Json)> ruleSets, MaterialsChecklist materials, RuleSetCompilationCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        ArgumentNullException.ThrowIfNull(materials);
        var errors = new List<RuleSetValidationError>();
        var compiler = new RuleExpressionCompiler();
        var review = new List<CompiledRuleSet<ReviewFacts>>();
        var selfCheck = new List<CompiledRuleSet<FinishedCaseFacts>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var documents = new List<(string, string, string)>();
        foreach (var (file, json) in ruleSets)
        {
            var def = RuleSetParser.Parse(json, file, errors);
            if (def is null)
            {
                continue;
            }

            documents.Add((def.Name, file, json));

            if (!names.Add(def.Name))
            {
                errors.Add(new RuleSetValidationError(file, null, $"Rule set '{def.Name}' is defined twice."));
            }

            // A code belongs to one set (its versions by date are in that set: the parser checked they do not overlap).
            foreach (var r in def.Rules.DistinctBy(r => r.Code))
            {
                if (!codes.TryAdd(r.Code, file))
                {
                    errors.Add(new RuleSetValidationError(file, r.Code, $"Rule code already used in {codes[r.Code]}."));
                }
            }

            var key = $"{def.Name}@{def.Version}#{Hash(json)}";
            if (def.Kind == RuleSetKind.Review)
            {
                if (Compile<ReviewFacts>(compiler, def, key, cache, errors) is { } s)
                {
                    review.Add(s);
                }
            }
            else if (Compile<FinishedCaseFacts>(compiler, def, key, cache, errors) is { } s)
            {
                selfCheck.Add(s);
            }
        }

        if (errors.Count > 0)
        {
            throw new RuleSetValidationException(errors);
        }

        return new RuleSetCatalogue(review, selfCheck, materials, documents);
    }

    /// <summary>
    /// Validates one rule-set JSON for the designer's save: structure, metadata, placeholders and that every expression
    /// and fact compiles. Returns the errors (empty when valid); never throws for bad content.
    /// </summary>
    public static IReadOnlyList<RuleSetValidationError> ValidateRuleSet(string json, string fileName = "designer")
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<RuleSetValidationError>();
        var def = RuleSetParser.Parse(json, fileName, errors);
        if (def is not null)
        {
            var compiler = new RuleExpressionCompiler();
            if (def.Kind == RuleSetKind.Review)
            {
                if (compiler.Compile<ReviewFacts>(def, errors) is { } review)
                {
                    BuildEngine(() => new CompiledEngine<ReviewFacts>([review], ReviewEntrySources.All), fileName, errors);
                }
            }
            else if (compiler.Compile<FinishedCaseFacts>(def, errors) is { } selfCheck)
            {
                BuildEngine(() => new CompiledEngine<FinishedCaseFacts>([selfCheck], []), fileName, errors);
            }
        }

        return errors;
    }

    // Validation also builds the NRules session factory, so a set that parses but NRules cannot compile is refused.
    private static void BuildEngine(Func<object> build, string fileName, List<RuleSetValidationError> errors)
    {
        try
        {
            _ = build();
        }
#pragma warning disable CA1031 // Whatever NRules throws while compiling, the designer shows it as a validation error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            errors.Add(new RuleSetValidationError(fileName, null, $"NRules could not compile the rule set: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Creates the review evaluator over this catalogue: the review sets run on NRules (compiled on first use, then shared).</summary>
    public IRuleSetEvaluator CreateEvaluator() => new NRulesRuleSetEvaluator(_reviewEngine.Value, Materials);

    /// <summary>Creates the self-check runner over this catalogue: the self-check sets run on NRules.</summary>
    public ISelfCheckRunner CreateSelfCheckRunner() => new NRulesSelfCheckRunner(_selfCheckEngine.Value, Materials);

    /// <summary>The review sets as compiled for NRules (which rules became joins, the session factory).</summary>
    internal CompiledEngine<ReviewFacts> ReviewEngine => _reviewEngine.Value;

    /// <summary>The self-check sets as compiled for NRules.</summary>
    internal CompiledEngine<FinishedCaseFacts> SelfCheckEngine => _selfCheckEngine.Value;

    private static CompiledRuleSet<TFacts>? Compile<TFacts>(RuleExpressionCompiler compiler, RuleSetDefinition def, string key, RuleSetCompilationCache? cache, List<RuleSetValidationError> errors)
    {
        if (cache is not null && cache.TryGet<TFacts>(key, out var hit))
        {
            return hit;
        }

        var set = compiler.Compile<TFacts>(def, errors);
        if (set is not null)
        {
            cache?.Add(key, set);
        }

        return set;
    }

    private static string Hash(string json) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 8);
}
