using System.Text.Json;

namespace Registry.Rules.Tests;

public sealed class ValidationTests
{
    private static string ShippedRule(string file) => File.ReadAllText(Path.Combine(TestCatalogue.RulesDirectory, file));

    public static TheoryData<string> RuleFiles =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.json").Select(p => Path.GetFileName(p)).Where(f => f is not (RuleSetCatalogue.SchemaFile or RuleSetCatalogue.MaterialsFile))];

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void ValidateRuleSet_EveryShippedFile_HasNoErrors(string file)
    {
        var errors = RuleSetCatalogue.ValidateRuleSet(ShippedRule(file), file);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Catalogue_LoadsFourSetsWithCounts()
    {
        var sets = TestCatalogue.Instance.RuleSets.ToDictionary(s => s.Name);
        Assert.Equal(["review-booking", "review-examination", "review-intake", "selfcheck"], sets.Keys.Order());
        Assert.True(sets.Values.Where(s => s.Kind == "review").Sum(s => s.RuleCount) >= 40);
        Assert.True(sets["selfcheck"].RuleCount >= 15);
        Assert.True(TestCatalogue.Instance.Materials.Version >= 1);
    }

    [Fact]
    public void SchemaAndMaterials_AreValidJson()
    {
        using var schema = JsonDocument.Parse(ShippedRule(RuleSetCatalogue.SchemaFile));
        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
        Assert.NotEmpty(TestCatalogue.Instance.Materials.Required("HouseTransferResale"));
    }

    [Fact]
    public void ValidateRuleSet_BrokenExpression_ReportsCodePositionAndParserMessage()
    {
        var json = ShippedRule("review-intake.json").Replace(
            "f.Case.Parties.All(p => p.IdDocumentValid)", "f.Case.Parties.All(p => p.IdDocumentVaild)", StringComparison.Ordinal);
        var error = Assert.Single(RuleSetCatalogue.ValidateRuleSet(json, "review-intake.json"));
        Assert.Equal("review-intake.json", error.File);
        Assert.Equal("REG-PARTY-ID-DOCUMENT-CURRENT", error.RuleCode);
        Assert.NotNull(error.Position);
        Assert.Contains("IdDocumentVaild", error.Message, StringComparison.Ordinal);
        Assert.Contains("position", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateRuleSet_SyntaxError_ReportsPosition()
    {
        var json = ShippedRule("review-booking.json").Replace("!f.Unit.CertificateVoided", "!f.Unit.CertificateVoided &&", StringComparison.Ordinal);
        var error = Assert.Single(RuleSetCatalogue.ValidateRuleSet(json, "review-booking.json"));
        Assert.Equal("REG-BOOK-CERTIFICATE-NOT-VOIDED", error.RuleCode);
        Assert.Equal("!f.Unit.CertificateVoided &&".Length, error.Position);
    }

    [Fact]
    public void LoadDirectory_BrokenExpression_ThrowsWithCode()
    {
        var dir = Directory.CreateTempSubdirectory("rules-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "review-booking.json"),
                ShippedRule("review-booking.json").Replace("f.Unit.RightStatus == RightStatus.Current", "f.Unit.RightStatus == RightStatus.Currnt", StringComparison.Ordinal));
            var ex = Assert.Throws<RuleSetValidationException>(() => RuleSetCatalogue.LoadDirectory(dir.FullName));
            var error = Assert.Single(ex.Errors);
            Assert.Equal("REG-BOOK-RIGHT-STILL-CURRENT", error.RuleCode);
            Assert.NotNull(error.Position);
            Assert.Contains("REG-BOOK-RIGHT-STILL-CURRENT", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("\"Severity\": \"block\"", "\"Severity\": \"fatal\"", "Severity")]
    [InlineData("\"Category\": \"rights\"", "\"Category\": \"principle\"", "Category")]
    [InlineData("\"Stages\": [\n          \"BOOK\"\n        ]", "\"Stages\": [\n          \"QC\"\n        ]", "stage 'QC'")]
    [InlineData("\"EffectiveFrom\": \"2024-06-01\"", "\"EffectiveFrom\": \"01/06/2024\"", "EffectiveFrom")]
    [InlineData("至 {End}", "至 {Ending}", "placeholder {Ending}")]
    public void ValidateRuleSet_BadMetadata_NamesTheProblem(string from, string to, string expected)
    {
        var file = expected.Contains("Ending", StringComparison.Ordinal) ? "review-intake.json" : "review-booking.json";
        var json = ShippedRule(file);
        Assert.Contains(from, json, StringComparison.Ordinal);
        var errors = RuleSetCatalogue.ValidateRuleSet(json.Replace(from, to, StringComparison.Ordinal), file);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.NotNull(e.RuleCode));
        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateRuleSet_UnknownMemberOrBadJson_IsReported()
    {
        Assert.NotEmpty(RuleSetCatalogue.ValidateRuleSet("{ \"WorkflowName\": \"x\", \"Kind\": \"review\", \"Version\": 1, \"Rulez\": [] }"));
        Assert.NotEmpty(RuleSetCatalogue.ValidateRuleSet("{ not json"));
    }

    [Fact]
    public void Load_DuplicateRuleCodeAcrossFiles_IsRejected()
    {
        var json = ShippedRule("review-booking.json");
        var ex = Assert.Throws<RuleSetValidationException>(() =>
            RuleSetCatalogue.Load([("a.json", json), ("b.json", json.Replace("\"review-booking\"", "\"review-booking-2\"", StringComparison.Ordinal))], MaterialsChecklist.Empty));
        Assert.Contains(ex.Errors, e => e.Message.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public void CompilationCache_SameVersion_IsNotRecompiled()
    {
        var cache = new RuleSetCompilationCache();
        var a = RuleSetCatalogue.LoadDirectory(TestCatalogue.RulesDirectory, cache);
        var count = cache.Count;
        var b = RuleSetCatalogue.LoadDirectory(TestCatalogue.RulesDirectory, cache);
        Assert.Equal(4, count);
        Assert.Equal(count, cache.Count);
        Assert.Same(a.ReviewSets[0], b.ReviewSets[0]);
    }
}
