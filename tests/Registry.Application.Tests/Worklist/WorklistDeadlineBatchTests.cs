using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Catalogue;
using Registry.Application.Deadlines;
using Registry.Application.Recording;
using Registry.Application.Worklist;
using Registry.Workflows.Definitions;

namespace Registry.Application.Tests.Worklist;

/// <summary>A worklist page reads its rows' statutory clocks in one batch, never once per row.</summary>
public sealed class WorklistDeadlineBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task APage_ReadsTheOpenTasksDeadlinesOnce_AndLeavesUntrackedAndDoneRowsWithout()
    {
        var rows = new WorklistRow[]
        {
            new(Guid.NewGuid(), "b1", "C1", "house-transfer-resale", "初审", "first-review", null, Now, null),
            new(Guid.NewGuid(), "b2", "C2", "house-transfer-resale", "初审", "first-review", null, Now, null),
            new(Guid.NewGuid(), "b3", "C1", "house-transfer-resale", "复审", "second-review", null, Now, null),
            new(Guid.NewGuid(), "b4", "C3", "house-transfer-resale", "初审", "first-review", null, Now, null),
            new(Guid.NewGuid(), string.Empty, "C4", "house-transfer-resale", "初审", "first-review", "me", Now, "approve"),
        };
        var deadlines = new CountingDeadlines(new Dictionary<string, CaseDeadlineView>
        {
            ["C1"] = new("C1", "HouseTransferResale", DeadlineStage.Amber, Now.AddDays(1), 1, false, "TL-5"),
            ["C2"] = new("C2", "HouseTransferResale", DeadlineStage.Green, Now.AddDays(5), 4, false, "TL-5"),
            ["C4"] = new("C4", "HouseTransferResale", DeadlineStage.Green, Now.AddDays(5), 4, false, "TL-5"),
        });
        var service = new WorklistService(new FixedQuery(rows), deadlines, null!, null!, new NoCatalogue(), new FakeTimeProvider(Now));

        var page = await service.GetAsync(new WorklistQuery(WorklistView.Group), "me", ["first-review", "second-review"]);

        Assert.Equal(0, deadlines.SingleReads);
        var batch = Assert.Single(deadlines.Batches);
        Assert.Equal(["C1", "C2", "C3"], batch.Order(StringComparer.Ordinal));
        Assert.Equal([DeadlineStage.Amber, DeadlineStage.Green, DeadlineStage.Amber, null, null], page.Items.Select(i => i.Stage));
        Assert.Equal([1, 4, 1, null, null], page.Items.Select(i => i.RemainingWorkingDays));
    }

    private sealed class CountingDeadlines(IReadOnlyDictionary<string, CaseDeadlineView> views) : ICaseDeadlineService
    {
        public int SingleReads { get; private set; }

        public List<IReadOnlyCollection<string>> Batches { get; } = [];

        public Task<CaseDeadlineView> GetRemainingAsync(string caseNumber, CancellationToken cancellationToken = default)
        {
            SingleReads++;
            return views.TryGetValue(caseNumber, out var v) ? Task.FromResult(v) : throw CaseDeadlineNotFoundException.For(caseNumber);
        }

        public Task<IReadOnlyDictionary<string, CaseDeadlineView>> GetRemainingManyAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default)
        {
            Batches.Add([.. caseNumbers]);
            IReadOnlyDictionary<string, CaseDeadlineView> found = caseNumbers.Where(views.ContainsKey).ToDictionary(n => n, n => views[n]);
            return Task.FromResult(found);
        }

        public Task<CaseDeadlineRecord> TrackAsync(TrackCaseDeadline request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CaseDeadlineRecord> PauseAsync(string caseNumber, ClockStopReason reason, string? document = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CaseDeadlineRecord> ResumeAsync(string caseNumber, ClockStopReason reason, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CaseDeadlineRecord?> SyncClockAsync(string caseNumber, IReadOnlyList<Registry.Workflows.Runtime.ClockInterval> pauses, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CaseDeadlineRecord> ExtendAsync(string caseNumber, int workingDays, string? reason, string? approvedBy, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CaseDeadlineRecord> CloseAsync(string caseNumber, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<CaseDeadlinePage> ListOpenAsync(DeadlineStage stage, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class FixedQuery(IReadOnlyList<WorklistRow> rows) : IWorklistQuery
    {
        public Task<WorklistRowPage> FindAsync(WorklistCriteria criteria, CancellationToken cancellationToken = default) =>
            Task.FromResult(new WorklistRowPage(rows, rows.Count, false));

        public Task<IReadOnlyDictionary<string, WorklistCaseSummary>> SummariesAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<string, WorklistCaseSummary>>(new Dictionary<string, WorklistCaseSummary>());

        public Task<ClaimableTask?> NextClaimableAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class NoCatalogue : IBusinessTypeCatalogue
    {
        public IReadOnlyList<BusinessType> All => [];

        public IReadOnlyList<BusinessTypeCategory> Categories => [];

        public IReadOnlyDictionary<string, WorkflowDefinition> Workflows => new Dictionary<string, WorkflowDefinition>();

        public BusinessType Find(string code) => throw new KeyNotFoundException(code);

        public bool TryFind(string code, out BusinessType? type)
        {
            type = null;
            return false;
        }

        public IReadOnlyList<BusinessType> InCategory(string category) => [];

        public IReadOnlyList<RegisterEffect> BindEffects(string code, JsonObject caseData) => [];
    }
}
