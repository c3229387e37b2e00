using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Inspection;
using Registry.Application.Review;
using Registry.Application.Security;

namespace Registry.Persistence.Tests.Inspection;

public sealed class InspectionStoreTests
{
    private static readonly InspectionActor Yang = new("inspector", "杨帆", [RegistryRoles.QualityInspector]);
    private static readonly InspectionActor Zhou = new("inspector2", "周敏", [RegistryRoles.QualityInspector]);

    [Fact]
    public async Task ListFinished_DemoCounty_ReturnsCompletedCasesInRange_InCaseNumberOrder()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true, demoUnits: 300);
        var store = db.Services.GetRequiredService<IInspectionStore>();

        var all = await store.ListFinishedAsync(DateTimeOffset.UnixEpoch, db.Time.GetUtcNow().AddDays(1), null);
        Assert.NotEmpty(all);
        Assert.Equal(all.Select(c => c.CaseNumber).Order(StringComparer.Ordinal), all.Select(c => c.CaseNumber));
        Assert.Equal(all.Count, all.Select(c => c.CaseNumber).Distinct().Count());

        // Half the range holds fewer cases, every one inside it; one business type holds only that type.
        var middle = all[all.Count / 2].FinishedAt;
        var later = await store.ListFinishedAsync(middle, db.Time.GetUtcNow().AddDays(1), null);
        Assert.InRange(later.Count, 1, all.Count - 1);
        Assert.All(later, c => Assert.True(c.FinishedAt >= middle));
        var type = all[0].BusinessType;
        var ofType = await store.ListFinishedAsync(DateTimeOffset.UnixEpoch, db.Time.GetUtcNow().AddDays(1), type);
        Assert.Equal(all.Count(c => c.BusinessType == type), ofType.Count);
    }

    [Fact]
    public async Task Sample_Verdicts_Rectification_RoundTrip()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<IInspectionStore>();
        var sample = await AddSampleAsync(store, db.Time.GetUtcNow());
        var service = Service(store, db);

        var (first, rectification) = await service.RecordAsync(Yang, new InspectionRecordRequest(sample.Id, "C-0001", 0, Failing(InspectionItem.Reporting, "未上报")));
        await service.RecordAsync(Zhou, new InspectionRecordRequest(sample.Id, "C-0001", 1, AllPass(), "补报后合格"));
        await service.RecordAsync(Yang, new InspectionRecordRequest(sample.Id, "C-0002", 0, AllPass()));
        await service.AnswerAsync(new InspectionActor("reviewer1", "王芳", [RegistryRoles.FirstReview]), rectification!.Id, 1, "已补报");

        var found = await store.FindSampleAsync(sample.Id);
        Assert.Equal(sample with { Cases = found!.Cases }, found);
        Assert.Equal(sample.Cases, found.Cases);
        var history = await store.ListVerdictsAsync(sample.Id, "C-0001");
        Assert.Equal([1, 2], history.Select(v => v.Revision));
        Assert.Equal(first.Items, history[0].Items);
        Assert.Equal(("周敏", "补报后合格"), (history[1].InspectorName, history[1].Remark));
        var stored = Assert.Single(await store.ListRectificationsAsync("reviewer1", null));
        Assert.Equal([InspectionItem.Reporting], stored.Items);
        Assert.Equal(RectificationState.Answered, stored.State);
        Assert.Equal([RectificationEventKind.Sent, RectificationEventKind.Answered], stored.Events.Select(e => e.Kind));
        var summary = Assert.Single(await store.ListSamplesAsync());
        Assert.Equal((3, 2, 0), (summary.CaseCount, summary.Inspected, summary.Failed));
        var inspected = await store.ListInspectedAsync(DateTimeOffset.UnixEpoch, db.Time.GetUtcNow());
        Assert.Equal([("C-0001", InspectionVerdictKind.Pass), ("C-0002", InspectionVerdictKind.Pass)], inspected.Select(i => (i.CaseNumber, i.Verdict)));
    }

    [Fact]
    public async Task TwoInspectorsRecordingTheSameCaseAtOnce_OneWins_TheOtherIsToldByName()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<IInspectionStore>();
        var sample = await AddSampleAsync(store, db.Time.GetUtcNow());
        var start = new TaskCompletionSource();

        // Both read revision 0 and race to append revision 1; the key (sample, case, revision) admits one.
        async Task<Exception?> RecordAsync(InspectionActor actor, List<InspectionItemResult> items)
        {
            await start.Task;
            try
            {
                await Service(store, db).RecordAsync(actor, new InspectionRecordRequest(sample.Id, "C-0003", 0, items));
                return null;
            }
            catch (InspectionConflictException e)
            {
                return e;
            }
        }

        var yang = Task.Run(() => RecordAsync(Yang, AllPass()));
        var zhou = Task.Run(() => RecordAsync(Zhou, Failing(InspectionItem.Materials, "缺申请书")));
        start.SetResult();
        var results = await Task.WhenAll(yang, zhou);

        var conflict = Assert.IsType<InspectionConflictException>(Assert.Single(results, r => r is not null));
        var winner = Assert.Single(await store.ListVerdictsAsync(sample.Id, "C-0003"));
        Assert.Equal(winner.InspectorName, conflict.WinnerName);
        Assert.Contains(winner.InspectorName, conflict.Message, StringComparison.Ordinal);
        // A failed verdict's rectification exists only if that verdict won.
        Assert.Equal(winner.Verdict == InspectionVerdictKind.Fail ? 1 : 0, (await store.ListRectificationsAsync(null, sample.Id)).Count);
    }

    [Fact]
    public async Task SameVerdictRevisionAppendedTwice_SecondIsRefused_FirstUnchanged()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<IInspectionStore>();
        var sample = await AddSampleAsync(store, db.Time.GetUtcNow());
        var at = db.Time.GetUtcNow();
        var first = new InspectionVerdict(sample.Id, "C-0002", 1, InspectionVerdictKind.Pass, AllPass(), null, "inspector", "杨帆", at);

        await store.AppendVerdictAsync(first, null);
        var e = await Assert.ThrowsAsync<InspectionConflictException>(() =>
            store.AppendVerdictAsync(first with { Inspector = "inspector2", InspectorName = "周敏", Verdict = InspectionVerdictKind.Fail }, null));

        Assert.Equal("杨帆", e.WinnerName);
        var kept = Assert.Single(await store.ListVerdictsAsync(sample.Id));
        Assert.Equal((InspectionVerdictKind.Pass, "杨帆", at), (kept.Verdict, kept.InspectorName, kept.At));
        Assert.Equal(first.Items, kept.Items);
    }

    [Fact]
    public async Task SameRectificationEventSequenceTwice_SecondIsRefusedNamingTheFirst()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<IInspectionStore>();
        var sample = await AddSampleAsync(store, db.Time.GetUtcNow());
        var (_, rectification) = await Service(store, db).RecordAsync(Yang, new InspectionRecordRequest(sample.Id, "C-0001", 0, Failing(InspectionItem.Certificate, "证号错")));
        var at = db.Time.GetUtcNow();

        await store.AppendRectificationEventAsync(rectification!.Id, new RectificationEvent(2, RectificationEventKind.Answered, "reviewer1", "王芳", at, "已更正"));
        var e = await Assert.ThrowsAsync<InspectionConflictException>(() =>
            store.AppendRectificationEventAsync(rectification.Id, new RectificationEvent(2, RectificationEventKind.Reopened, "inspector", "杨帆", at, "x")));

        Assert.Equal("王芳", e.WinnerName);
        Assert.Equal(2, (await store.FindRectificationAsync(rectification.Id))!.Events.Count);
    }

    private static InspectionService Service(IInspectionStore store, SqliteRegistryDatabase db) =>
        new(store, new FixedExaminer(), Options.Create(new InspectionOptions()), db.Time);

    private static async Task<InspectionSample> AddSampleAsync(IInspectionStore store, DateTimeOffset now)
    {
        var sample = new InspectionSample(Guid.NewGuid(), new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 17), null, 0.05m, 1234, 60,
            "inspector", "杨帆", now,
            [
                new SampledCase("C-0001", "HouseTransferResale", now.AddDays(-3), "reviewer1"),
                new SampledCase("C-0002", "MortgageFirst", now.AddDays(-2), "reviewer2"),
                new SampledCase("C-0003", "HouseTransferResale", now.AddDays(-1), "reviewer1"),
            ]);
        await store.AddSampleAsync(sample);
        return sample;
    }

    private static List<InspectionItemResult> AllPass() => [.. InspectionChecklist.Items.Select(i => new InspectionItemResult(i, true, null))];

    private static List<InspectionItemResult> Failing(InspectionItem item, string note) =>
        [.. AllPass().Select(r => r.Item == item ? r with { Passed = false, Note = note } : r)];

    private sealed class FixedExaminer : ICaseInspectionFacts
    {
        public Task<string> ResponsibleExaminerAsync(string caseNumber, CancellationToken cancellationToken = default) => Task.FromResult("reviewer1");

        public Task<IReadOnlyList<RuleFinding>> SelfCheckAsync(string caseNumber, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RuleFinding>>([]);
    }
}
