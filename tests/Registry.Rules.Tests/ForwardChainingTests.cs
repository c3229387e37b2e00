using System.Text.Json.Nodes;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>
/// Forward chaining: the derived fact 单元限制处分 (UnitRestrictedForDisposal, defined in review-examination.json) is
/// inferred by rules of its own — one per kind: effective seizure, effective objection, pre-notice of someone not disposing,
/// administrative restriction covering the case — and read by the rules that used to repeat each join. The findings are
/// the same as without it (the pinned expectations did not change; only the set's version in their header did).
/// </summary>
public sealed class ForwardChainingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Restricted = "UnitRestrictedForDisposal";

    [Fact]
    public void TheRulesThatRepeatedTheRestrictionJoins_ReadTheDerivedFact()
    {
        var engine = TestCatalogue.Instance.ReviewEngine;
        var reads = engine.Rules.Select((r, i) => (r.Definition.Code, Reads: engine.Reads[i]))
            .Where(x => x.Reads >= 0)
            .Select(x => $"{x.Code} <- {engine.Derived[x.Reads].Definition.Name}.{engine.Derived[x.Reads].Definition.Kind}")
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var line in reads)
        {
            output.WriteLine(line);
        }

        Assert.Equal(
        [
            $"REG-ADMIN-RESTRICTION-BLOCKS <- {Restricted}.AdministrativeRestriction",
            $"REG-OBJECTION-NOTICE <- {Restricted}.Objection",
            $"REG-OBJECTION-UNDERTAKING <- {Restricted}.Objection",
            $"REG-PRENOTICE-HOLDER-CONSENT <- {Restricted}.PreNotice",
            $"REG-SEIZURE-BLOCKS-DISPOSAL <- {Restricted}.Seizure",
            $"REG-WAITING-SEIZURE-QUEUED <- {Restricted}.Seizure",
        ], reads);
        Assert.Equal(4, engine.Derived.Length);
        Assert.All(engine.Readers, readers => Assert.NotEmpty(readers));
    }

    public static TheoryData<string> Units() => ["seizure", "objection", "pre-notice", "admin", "all", "clean"];

    [Theory]
    [MemberData(nameof(Units))]
    public void Findings_AreTheSameAsWithoutTheDerivedFact_NamingTheSameEntries(string unit)
    {
        var facts = Restrict(CleanResale(), unit);
        var withDerived = TestCatalogue.Instance.CreateEvaluator();
        var without = WithoutDerived().CreateEvaluator();

        foreach (var stage in new[] { RuleStage.Intake, RuleStage.Review, RuleStage.Book })
        {
            var a = withDerived.Evaluate(facts, stage).Findings.Select(Describe).ToList();
            var b = without.Evaluate(facts, stage).Findings.Select(Describe).ToList();
            Assert.Equal(b, a);
        }

        var seizure = withDerived.Evaluate(facts, RuleStage.Review).For("REG-SEIZURE-BLOCKS-DISPOSAL")!;
        Assert.Equal(unit is "seizure" or "all" ? RuleOutcome.Fail : RuleOutcome.Pass, seizure.Outcome);
        if (seizure.Outcome == RuleOutcome.Fail)
        {
            // The effective seizure is named (in "all" it is the second entry, after a waiting one).
            var named = Assert.Single(seizure.Facts, f => f.Name.StartsWith("Unit.Seizures[", StringComparison.Ordinal));
            Assert.Equal(unit == "all" ? "Unit.Seizures[1]" : "Unit.Seizures[0]", named.Name);
            Assert.Contains("执保1号", named.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DerivedFacts_LeaveWithTheirCase_APooledSessionsNextReviewSeesNone()
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(RuleOutcome.Fail, evaluator.Evaluate(Restrict(CleanResale(), "all"), RuleStage.Review).For("REG-OBJECTION-NOTICE")!.Outcome);
            var clean = evaluator.Evaluate(CleanResale(), RuleStage.Review);
            Assert.Equal(RuleOutcome.Pass, clean.For("REG-OBJECTION-NOTICE")!.Outcome);
            Assert.Equal(RuleOutcome.Pass, clean.For("REG-SEIZURE-BLOCKS-DISPOSAL")!.Outcome);
            Assert.Equal(RuleOutcome.Pass, clean.For("REG-PRENOTICE-HOLDER-CONSENT")!.Outcome);
        }
    }

    [Fact]
    public void ARunLeavesNoDerivedFactInTheSession_TheyAreRetractedWithTheirEntries()
    {
        var engine = TestCatalogue.Instance.ReviewEngine;
        var facts = Restrict(CleanResale(), "all");
        var context = new Registry.Rules.NRules.ReviewSessionContext(TestCatalogue.Instance.Materials, engine.Rules.Length, engine.Derived.Length);
        Array.Fill(context.Applicable, true);
        Array.Fill(context.Derived, true);
        var inserted = new List<object> { new Registry.Rules.NRules.Subject<ReviewFacts>(context, facts) };
        foreach (var source in engine.InsertedSources)
        {
            source.AddFacts(facts, inserted);
        }

        var session = engine.Factory.CreateSession();
        session.InsertAll(inserted);
        session.Fire();
        var derived = session.Query<Registry.Rules.NRules.DerivedFact>().ToList();
        output.WriteLine(string.Join(", ", derived.Select(d => $"{d.Name}.{d.KindName} {d.Entry.Source}[{d.Entry.Index}]")));
        Assert.Equal(["AdministrativeRestriction", "Objection", "PreNotice", "Seizure"], derived.Select(d => d.KindName).Order(StringComparer.Ordinal));
        Assert.Equal(1, derived.Single(d => d.KindName == "PreNotice").Entry.Index); // the seller's own pre-notice restricts nothing

        session.RetractAll(inserted);
        Assert.Empty(session.Query<object>());
    }

    [Fact]
    public void ADerivationThatThrows_MakesEveryRuleReadingIt_AnError_NeverAPass()
    {
        var json = $$"""
            { "WorkflowName": "scratch", "Kind": "review", "Version": 1,
              "Derived": [ { "Name": "Queued", "NameZh": "排队", "NameEn": "Queued",
                "Kinds": [ { "Kind": "Seizure", "Exists": "f.Unit.Seizures.Any(z => 10 / z.QueuePosition > 1)" } ] } ],
              "Rules": [ {{Rule("REG-SCRATCH-READS-A")}}, {{Rule("REG-SCRATCH-READS-B")}} ] }
            """;
        var catalogue = RuleSetCatalogue.Load([("scratch.json", json)], TestCatalogue.Instance.Materials);
        Assert.Equal([0, 0], catalogue.ReviewEngine.Reads);

        var result = catalogue.CreateEvaluator().Evaluate(CleanResale().Unit(u => u with { Seizures = [Seizure()] }), RuleStage.Review);

        foreach (var code in (string[])["REG-SCRATCH-READS-A", "REG-SCRATCH-READS-B"])
        {
            var finding = result.For(code)!;
            Assert.Equal(RuleOutcome.Error, finding.Outcome);
            Assert.Contains("DivideByZeroException", finding.Error, StringComparison.Ordinal);
        }

        static string Rule(string code) => $$"""
            { "RuleName": "{{code}}", "Expression": "!f.Unit.Seizures.Any(z => 10 / z.QueuePosition > 1)",
              "Properties": { "Ref": "GEN-99", "NameZh": "测试", "NameEn": "Scratch", "Category": "unit", "Severity": "block", "Version": 1,
                "EffectiveFrom": "2020-01-01", "BusinessTypes": ["*"], "Stages": ["REVIEW"], "MessageZh": "测试", "MessageEn": "scratch" } }
            """;
    }

    [Theory]
    [InlineData("review", "f.Unit.Code == \\\"x\\\"", "Exists must be f.<register collection>.Any(e => condition)")]
    [InlineData("review", "f.Unit.Nope.Any(z => true)", "does not compile")]
    [InlineData("selfcheck", "f.Unit.Seizures.Any(z => true)", "only review rule sets derive facts")]
    public void ABadDerivedFact_IsRefused(string kind, string exists, string expected)
    {
        var stage = kind == "review" ? "REVIEW" : "QC";
        var category = kind == "review" ? "unit" : "content";
        var json = $$"""
            { "WorkflowName": "scratch", "Kind": "{{kind}}", "Version": 1,
              "Derived": [ { "Name": "Bad", "NameZh": "坏", "NameEn": "Bad", "Kinds": [ { "Kind": "One", "Exists": "{{exists}}" } ] } ],
              "Rules": [ { "RuleName": "REG-SCRATCH-X", "Expression": "true",
                "Properties": { "Ref": "GEN-99", "NameZh": "测试", "NameEn": "Scratch", "Category": "{{category}}", "Severity": "block", "Version": 1,
                  "EffectiveFrom": "2020-01-01", "BusinessTypes": ["*"], "Stages": ["{{stage}}"], "MessageZh": "测试", "MessageEn": "scratch" } } ] }
            """;

        var errors = RuleSetCatalogue.ValidateRuleSet(json, "scratch.json");

        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    // The shipped catalogue with the Derived section taken out of every set: the rules join the entries themselves.
    private static RuleSetCatalogue WithoutDerived()
    {
        var files = Directory.GetFiles(TestCatalogue.RulesDirectory, "*.json")
            .Where(f => !f.EndsWith("materials.json", StringComparison.Ordinal) && !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal) // as LoadDirectory: findings come in set order
            .Select(f =>
            {
                var root = JsonNode.Parse(File.ReadAllText(f))!.AsObject();
                root.Remove("Derived");
                return (Path.GetFileName(f), root.ToJsonString());
            });
        var catalogue = RuleSetCatalogue.Load(files, TestCatalogue.Instance.Materials);
        Assert.Empty(catalogue.ReviewEngine.Derived);
        return catalogue;
    }

    private static ReviewFacts Restrict(ReviewFacts facts, string unit)
    {
        var objection = new ObjectionFacts { ApplicantName = "王五", BookedOn = Today.AddDays(-3) };
        var admin = new AdminRestrictionFacts { Authority = "某市自然资源局", Kind = "征收" };
        return unit switch
        {
            "seizure" => facts.Unit(u => u with { Seizures = [Seizure()] }),
            "objection" => facts.Unit(u => u with { Objections = [objection] }),
            "pre-notice" => facts.Unit(u => u with { PreNotices = [PreNotice()] }),
            "admin" => facts.Unit(u => u with { AdminRestrictions = [admin] }),
            "all" => facts.Unit(u => u with { Seizures = [Seizure(SeizureKind.Waiting, queue: 1), Seizure()], Objections = [objection], PreNotices = [PreNotice("张三", SellerId), PreNotice()], AdminRestrictions = [admin] }),
            _ => facts,
        };
    }

    private static string Describe(RuleFinding f) =>
        $"{f.RuleCode} v{f.RuleVersion} {f.Severity} {f.Outcome} {f.MessageZh} | {f.MessageEn} | {string.Join("; ", f.Facts.Select(x => $"{x.Name}={x.Value}"))} | {f.Error}";
}
