using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Rules;
using Xunit.Abstractions;

namespace Registry.Application.Tests.Review;

/// <summary>
/// NRules (the product's registered evaluator) against the delegate evaluator it replaced, on facts from the
/// production fact builders over the demo county in a real SQLite file: every finished case and every open demo case
/// reviewed at intake, review and booking, and the self-check over every finished case. Identical outcomes,
/// severities, messages, errors and declared facts per rule.
/// </summary>
public sealed class NRulesDemoParityTests(DemoDatabase demo, ITestOutputHelper output) : IClassFixture<DemoDatabase>
{
    private static readonly RuleStage[] Stages = [RuleStage.Intake, RuleStage.Review, RuleStage.Book];

    [Fact]
    public async Task Review_DemoCountyCases_SameFindingsOnNRulesAndReference()
    {
        var nrules = demo.Services.GetRequiredService<IRuleSetEvaluator>();
        var reference = demo.Services.GetRequiredService<RuleSetCatalogue>().CreateReferenceEvaluator();
        Assert.NotEqual(reference.GetType(), nrules.GetType());
        var cases = demo.Services.GetRequiredService<ICaseRepository>();
        var subjects = new List<RegistrationCase>();
        await foreach (var c in cases.StreamFinishedAsync())
        {
            subjects.Add(c);
        }

        for (var sequence = 900_001; await cases.FindAsync(CaseNumber.Create("340121", demo.Today, sequence)) is { } open; sequence++)
        {
            subjects.Add(open);
        }

        await using var scope = demo.Services.CreateAsyncScope();
        var builder = scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>();
        var compared = 0;
        var problems = 0;
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in subjects)
        {
            foreach (var stage in Stages)
            {
                foreach (var facts in await builder.BuildAsync(c, stage))
                {
                    var expected = reference.Evaluate(facts, stage);
                    var actual = nrules.Evaluate(facts, stage);
                    Assert.Equal(expected.SkippedCount, actual.SkippedCount);
                    Assert.Equal(expected.Findings.Count, actual.Findings.Count);
                    for (var i = 0; i < expected.Findings.Count; i++)
                    {
                        AssertSame(expected.Findings[i], actual.Findings[i], $"{c.Number.Value} {facts.Case.BusinessType}@{stage}");
                    }

                    compared += expected.Findings.Count;
                    problems += expected.Problems.Count();
                    types.Add(facts.Case.BusinessType);
                }
            }
        }

        output.WriteLine($"{subjects.Count} demo cases, {types.Count} business types, {compared} findings compared, {problems} of them failures or errors");
        Assert.True(subjects.Count > 200, $"only {subjects.Count} demo cases");
        Assert.True(problems > 0, "the demo cases should make some rules fail");
    }

    [Fact]
    public async Task SelfCheck_DemoFinishedCases_SameProblemsOnNRulesAndReference()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var facts = new List<FinishedCaseFacts>();
        await foreach (var f in scope.ServiceProvider.GetRequiredService<SelfCheckService>().FactsAsync())
        {
            facts.Add(f);
        }

        var nrules = demo.Services.GetRequiredService<ISelfCheckRunner>();
        var reference = demo.Services.GetRequiredService<RuleSetCatalogue>().CreateReferenceSelfCheckRunner();
        var expected = await ToListAsync(reference.StreamAsync(facts.ToAsyncEnumerable()));
        var actual = await ToListAsync(nrules.StreamAsync(facts.ToAsyncEnumerable()));

        output.WriteLine($"{facts.Count} finished cases, {expected.Count} self-check problems");
        Assert.True(expected.Count > 50, $"only {expected.Count} problems");
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].CaseNo, actual[i].CaseNo);
            AssertSame(expected[i].Finding, actual[i].Finding, expected[i].CaseNo);
        }
    }

    private static void AssertSame(RuleFinding expected, RuleFinding actual, string where)
    {
        var context = $"{where} {expected.RuleCode}";
        Assert.True(expected.RuleCode == actual.RuleCode, $"{context}: rule order differs ({actual.RuleCode})");
        Assert.True(expected.Outcome == actual.Outcome, $"{context}: {expected.Outcome} vs NRules {actual.Outcome} {actual.Error}");
        Assert.Equal(expected.Severity, actual.Severity);
        Assert.Equal(expected.RuleVersion, actual.RuleVersion);
        Assert.True(expected.MessageZh == actual.MessageZh, $"{context}: «{expected.MessageZh}» vs NRules «{actual.MessageZh}»");
        Assert.Equal(expected.MessageEn, actual.MessageEn);
        Assert.Equal(expected.Error, actual.Error);

        // NRules joins append the matched register entries ("Unit.Seizures[0]" …) after the declared facts.
        Assert.Equal(expected.Facts, actual.Facts.Where(f => !f.Name.EndsWith(']')));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
