using CsCheck;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Inspection;
using Registry.Application.Security;

namespace Registry.Application.Tests.Inspection;

/// <summary>Stratified draws: proportional with a minimum per stratum, reproducible by seed, no case twice; no overlap with earlier samples unless asked.</summary>
public sealed class StratifiedSamplingTests
{
    private static readonly InspectionActor Inspector = new("inspector", "杨帆", [RegistryRoles.QualityInspector]);
    private static readonly string[] Types = ["HouseTransferResale", "MortgageFirst", "JudicialSeizure", "HouseFirst", "MortgageCancel"];

    /// <summary>A population: per case a stratum index (skewed, so some strata are small), a sample size and a minimum.</summary>
    private static readonly Gen<(int[] Strata, int Size, int Minimum, int Seed)> Populations =
        Gen.Select(Gen.Int[0, Types.Length - 1].Array[1, 300], Gen.Int[1, 60], Gen.Int[0, 5], Gen.Int);

    private static List<FinishedCaseRef> Cases(int[] strata) =>
        [.. strata.Select((s, i) => new FinishedCaseRef($"C{i:D5}", Types[s], DateTimeOffset.UnixEpoch.AddDays(i)))];

    [Fact]
    public void EveryStratum_GetsItsProportionalShare_AtLeastTheMinimum_AndNoCaseTwice()
    {
        Populations.Sample(p =>
        {
            var cases = Cases(p.Strata);
            var drawn = InspectionService.StratifiedDraw(cases, c => c.BusinessType, p.Size, p.Minimum, p.Seed);

            Assert.Equal(drawn.Count, drawn.Select(c => c.CaseNumber).Distinct().Count());
            foreach (var stratum in cases.GroupBy(c => c.BusinessType))
            {
                var n = stratum.Count();
                var expected = Math.Min(n, Math.Max(Math.Min(p.Minimum, n), (int)Math.Round((double)p.Size * n / cases.Count, MidpointRounding.AwayFromZero)));
                Assert.Equal(expected, drawn.Count(c => c.BusinessType == stratum.Key));
                Assert.True(drawn.Count(c => c.BusinessType == stratum.Key) >= Math.Min(p.Minimum, n));
            }

            Assert.All(drawn, c => Assert.Contains(c, cases));
        });
    }

    [Fact]
    public void TheSameSeed_DrawsTheSameCases_InWhateverOrderThePopulationComes()
    {
        Populations.Sample(p =>
        {
            var cases = Cases(p.Strata);
            var again = Enumerable.Reverse(cases).ToList();

            Assert.Equal(
                InspectionService.StratifiedDraw(cases, c => c.BusinessType, p.Size, p.Minimum, p.Seed),
                InspectionService.StratifiedDraw(again, c => c.BusinessType, p.Size, p.Minimum, p.Seed));
        });
    }

    [Fact]
    public async Task Service_StratifiedByExaminer_ReachesEveryExaminer_AndASecondDrawLeavesTheFirstsCasesOut()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 4, 1, 2, 0, 0, TimeSpan.Zero));
        var store = new InMemoryInspectionStore();
        for (var i = 0; i < 200; i++)
        {
            store.Finished.Add(new FinishedCaseRef($"T{i:D4}", i % 7 == 0 ? "MortgageFirst" : "HouseTransferResale", new DateTimeOffset(2025, 3, 1 + (i % 28), 2, 0, 0, TimeSpan.Zero)));
        }

        var service = new InspectionService(store, new StubCaseInspectionFacts(), Options.Create(new InspectionOptions()), time);
        var request = new SampleRequest(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), Rate: 0.05m, Seed: 11, Strata: SampleStrata.Examiner, MinimumPerStratum: 1);

        var first = await service.DrawSampleAsync(Inspector, request);
        var second = await service.DrawSampleAsync(Inspector, request);
        var overlapping = await service.DrawSampleAsync(Inspector, request with { AllowOverlap = true });

        // Ten examiners (审核员0…9), ten cases: one each.
        Assert.Equal(10, first.Cases.Select(c => c.ResponsibleExaminer).Distinct().Count());
        Assert.Empty(first.Cases.Select(c => c.CaseNumber).Intersect(second.Cases.Select(c => c.CaseNumber)));
        Assert.Equal(190, second.Population);
        Assert.Contains(overlapping.Cases, c => first.Cases.Any(f => f.CaseNumber == c.CaseNumber) || second.Cases.Any(s => s.CaseNumber == c.CaseNumber));
    }
}
