using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Catalogue;
using Registry.Application.Inspection;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Web.Components.Inspection;
using Registry.Web.Tests.Fakes;
using Registry.Web.Tests.Intake;

namespace Registry.Web.Tests.Inspection;

public sealed class InspectionPagesTests : RegistryComponentTest
{
    private readonly PageStore _store = new();
    private readonly InspectionSample _sample;

    public InspectionPagesTests()
    {
        var time = new FakeTimeProvider(SampleRegisterBrowser.Now);
        _sample = new InspectionSample(Guid.NewGuid(), new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), null, 0.05m, 4242, 40,
            "inspector", "杨帆", time.GetUtcNow(),
            [new SampledCase("2025-0310-000001", "HouseTransferResale", time.GetUtcNow(), "reviewer1")]);
        _store.Samples.Add(_sample);
        Services.AddSingleton<IBusinessTypeCatalogue>(new IntakeTestCatalogue());
        Services.AddSingleton<TimeProvider>(time);
        Services.AddSingleton(new InspectionService(_store, new NoFindings(), Options.Create(new InspectionOptions()), time));
        var auth = AddAuthorization();
        auth.SetAuthorized("inspector");
        auth.SetRoles(RegistryRoles.QualityInspector);
    }

    [Fact]
    public void InspectionPage_ListsSamplesWithRateAndSeed()
    {
        var page = Render<InspectionPage>();

        var row = page.WaitForElement($"tr[data-sample='{_sample.Id}']");
        Assert.Contains("4242", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("5%", row.TextContent, StringComparison.Ordinal);
    }

    // The two fields whose labels say what blank means are marked for the stylesheet to give them room (14rem cut
    // "Business type (blank for all)" and "Random seed (blank for a new one)" on English pages).
    [Fact]
    public void InspectionPage_TheFieldsWithLongLabels_AreMarkedForRoom()
    {
        UseCulture("en-US");
        var page = Render<InspectionPage>();

        page.WaitForElement($"tr[data-sample='{_sample.Id}']");
        Assert.Equal("Random seed (blank for a new one)", page.Find(".mud-input-control.draw-seed label").TextContent.Trim());
        Assert.Equal("Business type (blank for all)", page.Find(".mud-input-control.draw-type label").TextContent.Trim());
    }

    [Fact]
    public void SamplePage_InspectAndSave_RecordsRevisionOne()
    {
        var page = Render<SamplePage>(p => p.Add(s => s.SampleId, _sample.Id));

        page.WaitForElement(".inspect-button").Click();
        page.WaitForElement("#inspect-submit").Click();

        var verdict = Assert.Single(_store.Verdicts);
        Assert.Equal((1, InspectionVerdictKind.Pass, "inspector"), (verdict.Revision, verdict.Verdict, verdict.Inspector));
        Assert.Contains("合格", page.Find("tr[data-case='2025-0310-000001'] td.verdict").TextContent, StringComparison.Ordinal);
    }

    private sealed class NoFindings : ICaseInspectionFacts
    {
        public Task<string> ResponsibleExaminerAsync(string caseNumber, CancellationToken cancellationToken = default) => Task.FromResult("reviewer1");

        public Task<IReadOnlyList<RuleFinding>> SelfCheckAsync(string caseNumber, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RuleFinding>>([]);
    }

    /// <summary>Just enough store for the pages: samples and appended verdicts in memory.</summary>
    private sealed class PageStore : IInspectionStore
    {
        public List<InspectionSample> Samples { get; } = [];

        public List<InspectionVerdict> Verdicts { get; } = [];

        public Task<IReadOnlyList<FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FinishedCaseRef>>([]);

        public Task AddSampleAsync(InspectionSample sample, CancellationToken cancellationToken = default)
        {
            Samples.Add(sample);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<InspectionSampleSummary>> ListSamplesAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<InspectionSampleSummary>>([.. Samples.Select(s => new InspectionSampleSummary(
                s.Id, s.From, s.To, s.BusinessType, s.Rate, s.Seed, s.Population, s.Cases.Count, 0, 0, s.DrawnByName, s.DrawnAt))]);

        public Task<InspectionSample?> FindSampleAsync(Guid sampleId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Samples.FirstOrDefault(s => s.Id == sampleId));

        public Task<IReadOnlyList<InspectionVerdict>> ListVerdictsAsync(Guid sampleId, string? caseNumber = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<InspectionVerdict>>([.. Verdicts.Where(v => v.SampleId == sampleId && (caseNumber is null || v.CaseNumber == caseNumber))]);

        public Task AppendVerdictAsync(InspectionVerdict verdict, Rectification? rectification, CancellationToken cancellationToken = default)
        {
            Verdicts.Add(verdict);
            return Task.CompletedTask;
        }

        public Task<Rectification?> FindRectificationAsync(Guid rectificationId, CancellationToken cancellationToken = default) =>
            Task.FromResult<Rectification?>(null);

        public Task<IReadOnlyList<Rectification>> ListRectificationsAsync(string? assignee, Guid? sampleId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Rectification>>([]);

        public Task AppendRectificationEventAsync(Guid rectificationId, RectificationEvent rectificationEvent, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;

        public Task<IReadOnlySet<string>> ListSampledCaseNumbersAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal));

        public Task<IReadOnlyList<InspectedCase>> ListInspectedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<InspectedCase>>([]);
    }
}
