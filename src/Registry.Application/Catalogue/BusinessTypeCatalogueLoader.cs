using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Registry.Application.Recording;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;

namespace Registry.Application.Catalogue;

/// <summary>
/// Loads <c>workflows/catalogue</c> and checks it: every file against <c>business-type.schema.json</c>; every workflow
/// definition against the engine's schema and <see cref="WorkflowDefinitionValidator"/> (known roles and rule sets); and
/// across files — unique codes, workflow ids that exist, material codes in <c>rules/materials.json</c>, rule-set names in
/// <c>rules/</c>, known effects and parameters with every required parameter given, valid source paths, time-limit codes,
/// combined steps that are catalogue types, and an announcement wait in the workflow of every type that announces.
/// </summary>
public static partial class BusinessTypeCatalogueLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Loads and validates the catalogue.</summary>
    /// <exception cref="CatalogueValidationException">Any problem; every issue names the file, JSON path and problem.</exception>
    public static IBusinessTypeCatalogue Load(CatalogueOptions options)
    {
        var (catalogue, issues) = Read(options);
        return issues.Count > 0 ? throw new CatalogueValidationException(issues) : catalogue;
    }

    /// <summary>Validates the catalogue and returns every issue (empty when valid).</summary>
    public static IReadOnlyList<CatalogueIssue> Validate(CatalogueOptions options) => Read(options).Issues;

    private static (BusinessTypeCatalogue Catalogue, List<CatalogueIssue> Issues) Read(CatalogueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var issues = new List<CatalogueIssue>();
        var dir = options.CatalogueDirectory;
        var schemaPath = Path.Combine(dir, "business-type.schema.json");
        if (!File.Exists(schemaPath))
        {
            issues.Add(new CatalogueIssue(schemaPath, null, "catalogue schema not found"));
            return (new BusinessTypeCatalogue([], ImmutableDictionary<string, WorkflowDefinition>.Empty), issues);
        }

        var schema = new Registry.Workflows.Schema.DefinitionSchemaValidator(File.ReadAllText(schemaPath));
        var ruleSets = ReadRuleSetNames(options.RulesDirectory, issues);
        var materials = ReadMaterialCodes(options.RulesDirectory, issues);
        var workflows = ReadWorkflows(Path.Combine(dir, "workflows"), options.Roles, ruleSets, issues);

        var categories = new List<BusinessTypeCategory>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new Dictionary<BusinessType, string>(ReferenceEqualityComparer.Instance);
        var typesDir = Path.Combine(dir, "types");
        var files = Directory.Exists(typesDir) ? Directory.GetFiles(typesDir, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            issues.Add(new CatalogueIssue(typesDir, null, "no catalogue files (types/*.json)"));
        }

        foreach (var file in files)
        {
            var name = Path.GetRelativePath(dir, file);
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(File.ReadAllText(file), DocumentOptions);
            }
            catch (JsonException ex)
            {
                issues.Add(new CatalogueIssue(name, ex.Path ?? "$", $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}"));
                continue;
            }

            using (doc)
            {
                var fileIssues = schema.Validate(doc.RootElement, name).Select(i => new CatalogueIssue(i.Source, i.Path, i.Message)).ToList();
                if (fileIssues.Count > 0)
                {
                    issues.AddRange(fileIssues);
                    continue;
                }

                var root = doc.RootElement;
                var category = root.GetProperty("category").GetString()!;
                var types = new List<BusinessType>();
                var i = 0;
                foreach (var t in root.GetProperty("types").EnumerateArray())
                {
                    var type = ToType(t, category, name);
                    var path = $"$.types[{i++}]";
                    if (!seen.TryAdd(type.Code, name))
                    {
                        issues.Add(new CatalogueIssue(name, $"{path}.code", $"business type '{type.Code}' is already defined in {seen[type.Code]}"));
                    }

                    CheckType(type, path, name, workflows, ruleSets, materials, issues);
                    paths[type] = path;
                    types.Add(type);
                }

                categories.Add(new BusinessTypeCategory(category, Text(root.GetProperty("categoryName")), types));
            }
        }

        // Steps of combined types must be catalogue types (checked once every file is read).
        foreach (var type in categories.SelectMany(c => c.Types))
        {
            for (var s = 0; s < type.Steps.Count; s++)
            {
                if (!seen.ContainsKey(type.Steps[s]))
                {
                    issues.Add(new CatalogueIssue(type.SourceFile, $"{paths[type]}.steps[{s}]", $"{type.Code}: step '{type.Steps[s]}' is not a business type of the catalogue"));
                }
            }
        }

        return (new BusinessTypeCatalogue(categories, workflows.ToImmutableDictionary(StringComparer.Ordinal)), issues);
    }

    private static void CheckType(
        BusinessType type,
        string path,
        string file,
        IReadOnlyDictionary<string, WorkflowDefinition> workflows,
        HashSet<string> ruleSets,
        HashSet<string>? materials,
        List<CatalogueIssue> issues)
    {
        if (!workflows.TryGetValue(type.WorkflowId, out var workflow))
        {
            issues.Add(new CatalogueIssue(file, $"{path}.workflow", $"{type.Code}: workflow '{type.WorkflowId}' does not exist in workflows/catalogue/workflows (known: {string.Join(", ", workflows.Keys.Order(StringComparer.Ordinal))})"));
        }
        else
        {
            if (type.Announcement && !workflow.Nodes.Any(n => n.Kind == ActivityKinds.Wait && WaitInputs.Read(n).Signal == Activities.RegistrationSignals.AnnouncementEnded))
            {
                issues.Add(new CatalogueIssue(file, $"{path}.workflow", $"{type.Code} announces (公告) but workflow '{type.WorkflowId}' has no wait for signal 'announcement-ended'"));
            }

            if (type.AutoApproval && !workflow.Nodes.Any(n => n.Kind == "autoDecision"))
            {
                issues.Add(new CatalogueIssue(file, $"{path}.autoApproval", $"{type.Code} allows automatic approval but workflow '{type.WorkflowId}' has no autoDecision node"));
            }
        }

        for (var r = 0; r < type.RuleSets.Count; r++)
        {
            if (!ruleSets.Contains(type.RuleSets[r]))
            {
                issues.Add(new CatalogueIssue(file, $"{path}.ruleSets[{r}]", $"{type.Code}: rule set '{type.RuleSets[r]}' does not exist in rules/ (known: {string.Join(", ", ruleSets.Order(StringComparer.Ordinal))})"));
            }
        }

        if (!TimeLimitPattern().IsMatch(type.TimeLimit))
        {
            issues.Add(new CatalogueIssue(file, $"{path}.timeLimit", $"{type.Code}: '{type.TimeLimit}' is not TL-INSTANT or TL-<working days>"));
        }

        for (var m = 0; m < type.Materials.Count; m++)
        {
            foreach (var code in type.Materials[m].Alternatives.Where(c => materials is not null && !materials.Contains(c)))
            {
                issues.Add(new CatalogueIssue(file, $"{path}.materials[{m}].code", $"{type.Code}: material code '{code}' is not in rules/materials.json"));
            }
        }

        for (var e = 0; e < type.Effects.Count; e++)
        {
            CheckEffect(type, type.Effects[e], $"{path}.effects[{e}]", file, issues);
        }
    }

    private static void CheckEffect(BusinessType type, EffectTemplate template, string path, string file, List<CatalogueIssue> issues)
    {
        if (!RegisterEffectJson.Parameters.TryGetValue(template.Effect, out var known))
        {
            issues.Add(new CatalogueIssue(file, $"{path}.effect", $"{type.Code}: unknown effect '{template.Effect}' (known: {string.Join(", ", RegisterEffectJson.Parameters.Keys.Order(StringComparer.Ordinal))})"));
            return;
        }

        foreach (var (name, value) in template.Parameters)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                issues.Add(new CatalogueIssue(file, $"{path}.parameters.{name}", $"{type.Code}: effect {template.Effect} has no parameter '{name}' (parameters: {string.Join(", ", known)})"));
            }
            else if (value.ValueKind == JsonValueKind.String && value.GetString()!.StartsWith('$') && EffectTemplate.CheckPath(value.GetString()!) is { } problem)
            {
                issues.Add(new CatalogueIssue(file, $"{path}.parameters.{name}", $"{type.Code}: {problem}"));
            }
        }

        foreach (var required in RequiredParameters(template.Effect).Where(r => !template.Parameters.ContainsKey(r)))
        {
            issues.Add(new CatalogueIssue(file, $"{path}.parameters", $"{type.Code}: effect {template.Effect} needs parameter '{required}'"));
        }
    }

    private static IEnumerable<string> RequiredParameters(string effect) =>
        typeof(RegisterEffect).GetCustomAttributes<System.Text.Json.Serialization.JsonDerivedTypeAttribute>()
            .Single(a => (string)a.TypeDiscriminator! == effect).DerivedType
            .GetConstructors().Single().GetParameters()
            .Where(p => !p.HasDefaultValue)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!));

    private static Dictionary<string, WorkflowDefinition> ReadWorkflows(string dir, IReadOnlySet<string> roles, IReadOnlySet<string> ruleSets, List<CatalogueIssue> issues)
    {
        var result = new Dictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        if (!Directory.Exists(dir))
        {
            issues.Add(new CatalogueIssue(dir, null, "workflow directory not found"));
            return result;
        }

        var reader = new WorkflowDefinitionJson();
        var validator = new WorkflowDefinitionValidator(Activities.RegistrationActivities.ForValidation, roles, ruleSets);
        foreach (var file in Directory.GetFiles(dir, "*.json").Where(f => !f.EndsWith(".layout.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = $"workflows/{Path.GetFileName(file)}";
            try
            {
                var definition = reader.Read(File.ReadAllText(file), name);
                var problems = validator.Validate(definition, name);
                issues.AddRange(problems.Select(p => new CatalogueIssue(name, p.Path, $"{(p.NodeId is null ? string.Empty : $"node {p.NodeId}: ")}{p.Message}")));
                if (definition.Id != Path.GetFileNameWithoutExtension(file))
                {
                    issues.Add(new CatalogueIssue(name, "$.id", $"id '{definition.Id}' differs from the file name"));
                }

                result[definition.Id] = definition;
            }
            catch (WorkflowDefinitionException ex)
            {
                issues.AddRange(ex.Issues.Select(p => new CatalogueIssue(name, p.Path, p.Message)));
            }
        }

        return result;
    }

    private static HashSet<string> ReadRuleSetNames(string rulesDir, List<CatalogueIssue> issues)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(rulesDir))
        {
            issues.Add(new CatalogueIssue(rulesDir, null, "rules directory not found"));
            return names;
        }

        foreach (var file in Directory.GetFiles(rulesDir, "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file), DocumentOptions);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("WorkflowName", out var n) && n.ValueKind == JsonValueKind.String)
            {
                names.Add(n.GetString()!);
            }
        }

        return names;
    }

    private static HashSet<string>? ReadMaterialCodes(string rulesDir, List<CatalogueIssue> issues)
    {
        var path = Path.Combine(rulesDir, "materials.json");
        if (!File.Exists(path))
        {
            issues.Add(new CatalogueIssue(path, null, "materials list not found"));
            return null;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(path), DocumentOptions);
        return doc.RootElement.TryGetProperty("Materials", out var m) && m.ValueKind == JsonValueKind.Object
            ? [.. m.EnumerateObject().Select(p => p.Name)]
            : [];
    }

    private static BusinessType ToType(JsonElement t, string category, string file) => new()
    {
        Code = t.GetProperty("code").GetString()!,
        Name = Text(t.GetProperty("name")),
        Category = category,
        Kind = t.GetProperty("kind").GetString()!,
        Application = [.. t.GetProperty("application").EnumerateArray().Select(a => a.GetString()!)],
        WorkflowId = t.GetProperty("workflow").GetString()!,
        RuleSets = [.. t.GetProperty("ruleSets").EnumerateArray().Select(a => a.GetString()!)],
        TimeLimit = t.GetProperty("timeLimit").GetString()!,
        TimeLimitNote = Optional(t, "timeLimitNote"),
        Announcement = t.GetProperty("announcement").GetBoolean(),
        AnnouncementNote = Optional(t, "announcementNote"),
        Certificate = Enum.Parse<CertificateKind>(t.GetProperty("certificate").GetString()!),
        AlsoIssues = t.TryGetProperty("alsoIssues", out var also) ? [.. also.EnumerateArray().Select(a => Enum.Parse<CertificateKind>(a.GetString()!))] : [],
        Materials = [.. t.GetProperty("materials").EnumerateArray().Select(m => new MaterialRequirement(
            m.GetProperty("code").GetString()!, m.GetProperty("required").GetBoolean(), m.GetProperty("providedBy").GetString()!, Optional(m, "note")))],
        Effects = [.. t.GetProperty("effects").EnumerateArray().Select(e => new EffectTemplate(
            e.GetProperty("effect").GetString()!,
            e.TryGetProperty("forEachUnit", out var f) && f.GetBoolean(),
            e.GetProperty("parameters").EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)))],
        Steps = t.TryGetProperty("steps", out var steps) ? [.. steps.EnumerateArray().Select(s => s.GetString()!)] : [],
        AutoApproval = t.TryGetProperty("autoApproval", out var auto) && auto.GetBoolean(),
        Notes = Optional(t, "notes"),
        SourceFile = file,
    };

    private static CatalogueText Text(JsonElement e) => new(e.GetProperty("zh").GetString()!, e.GetProperty("en").GetString()!);

    private static string? Optional(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    [GeneratedRegex(@"^TL-(INSTANT|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeLimitPattern();
}
