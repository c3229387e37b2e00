using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Inspection;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Application.Tests.Review;
using Registry.Persistence;
using Registry.Rules;
using Registry.Workflows;

namespace Registry.Application.Tests.Inspection;

/// <summary>Inspection wired like the host over the demo county: finished cases, their examiners and self-check findings.</summary>
public sealed class InspectionDemoTests : IAsyncLifetime
{
    private static readonly InspectionActor Inspector = new("inspector", "杨帆", [RegistryRoles.QualityInspector]);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-app-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(_directory, "registry.db"),
                ["Database:SeedDemoData"] = "true",
                ["Database:DemoUnits"] = "600",
            })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_time)
            .AddRegistryPersistence(configuration)
            .AddRegistryRules(DemoDatabase.RulesDirectory)
            .AddRegistryCaseReview()
            .AddRegistryWorkflows()
            .AddRegistryInspection()
            .BuildServiceProvider();
        await _services.InitializeRegistryDatabaseAsync();
    }

    [Fact]
    public async Task DrawSample_DemoCounty_FivePercentWithExaminersFromTheCaseHistory()
    {
        await using var scope = _services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<InspectionService>();
        var sample = await service.DrawSampleAsync(Inspector, new SampleRequest(new DateOnly(2000, 1, 1), new DateOnly(2026, 11, 23), Seed: 2026, AllowOverlap: true));

        Assert.True(sample.Population > 20, $"demo county has {sample.Population} finished cases");
        Assert.Equal(InspectionService.SampleSize(sample.Population, 0.05m), sample.Cases.Count);
        Assert.All(sample.Cases, c => Assert.StartsWith("审核员", c.ResponsibleExaminer, StringComparison.Ordinal));
        var again = await service.DrawSampleAsync(Inspector, new SampleRequest(new DateOnly(2000, 1, 1), new DateOnly(2026, 11, 23), Seed: 2026, AllowOverlap: true));
        Assert.Equal(sample.Cases, again.Cases);
    }

    [Fact]
    public async Task PassRateReport_ACaseInTwoSamples_CountsOnce_ByItsLatestVerdict()
    {
        await using var scope = _services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<InspectionService>();
        var request = new SampleRequest(new DateOnly(2000, 1, 1), new DateOnly(2026, 11, 23), Seed: 7, AllowOverlap: true);
        var first = await service.DrawSampleAsync(Inspector, request);
        var second = await service.DrawSampleAsync(Inspector, request);
        var caseNo = first.Cases[0].CaseNumber;
        Assert.Contains(second.Cases, c => c.CaseNumber == caseNo);
        InspectionItemResult[] failing = [.. Enum.GetValues<InspectionItem>().Select(i => new InspectionItemResult(i, i != InspectionItem.TimeLimit, i == InspectionItem.TimeLimit ? "超期" : null))];
        InspectionItemResult[] passing = [.. Enum.GetValues<InspectionItem>().Select(i => new InspectionItemResult(i, true, null))];

        await service.RecordAsync(Inspector, new InspectionRecordRequest(first.Id, caseNo, 0, failing, RectificationAssignee: "reviewer1"));
        _time.Advance(TimeSpan.FromHours(1));
        await service.RecordAsync(Inspector, new InspectionRecordRequest(second.Id, caseNo, 0, passing));
        var report = await service.ReportAsync(Inspector, new DateOnly(2000, 1, 1), new DateOnly(2026, 11, 23));

        Assert.Equal((1, 1), (report.Total.Inspected, report.Total.Passed));
    }

    [Fact]
    public async Task SelfCheck_OfADefectiveDemoCase_IsTheInspectorsStartingPoint()
    {
        await using var scope = _services.CreateAsyncScope();
        var tally = await scope.ServiceProvider.GetRequiredService<SelfCheckService>().RunAsync(1);
        var defect = tally.Samples[0];

        var findings = await scope.ServiceProvider.GetRequiredService<InspectionService>().SelfCheckAsync(Inspector, defect.CaseNo);

        Assert.Contains(findings, f => f.RuleCode == defect.Finding.RuleCode);
        Assert.All(findings, f => Assert.NotEqual(RuleOutcome.Pass, f.Outcome));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder does not affect other tests.
        }
    }
}
