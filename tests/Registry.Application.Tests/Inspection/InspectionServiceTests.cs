using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Inspection;
using Registry.Application.Security;

namespace Registry.Application.Tests.Inspection;

public sealed class InspectionServiceTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly InspectionActor Inspector = new("inspector", "杨帆", [RegistryRoles.QualityInspector]);
    private static readonly InspectionActor Inspector2 = new("inspector2", "周敏", [RegistryRoles.QualityInspector]);
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly March31 = new(2025, 3, 31);

    private readonly InMemoryInspectionStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 4, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly InspectionService _service;

    public InspectionServiceTests()
    {
        _service = new InspectionService(_store, new StubCaseInspectionFacts(), Options.Create(new InspectionOptions()), _time);
        // 200 transfers in March, 40 mortgages in March, 50 transfers in February (outside the range).
        for (var i = 0; i < 200; i++)
        {
            _store.Finished.Add(new FinishedCaseRef($"T{i:D4}", "HouseTransferResale", At(March1.AddDays(i % 31), 10)));
        }

        for (var i = 0; i < 40; i++)
        {
            _store.Finished.Add(new FinishedCaseRef($"M{i:D4}", "MortgageFirst", At(March1.AddDays(i % 31), 15)));
        }

        for (var i = 0; i < 50; i++)
        {
            _store.Finished.Add(new FinishedCaseRef($"F{i:D4}", "HouseTransferResale", At(new DateOnly(2025, 2, 1).AddDays(i % 28), 9)));
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(19, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(30, 2)]
    [InlineData(100, 5)]
    [InlineData(101, 6)]
    [InlineData(240, 12)]
    public void SampleSize_FivePercent_RoundsUpWithAtLeastOne(int population, int expected) =>
        Assert.Equal(expected, InspectionService.SampleSize(population, 0.05m));

    [Fact]
    public void SampleSize_WholePopulationAtRateOne() => Assert.Equal(37, InspectionService.SampleSize(37, 1m));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    public void SampleSize_RateOutsideZeroToOne_Throws(string rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InspectionService.SampleSize(10, decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Draw_SameSeed_SameCases_DifferentSeed_DifferentCases()
    {
        var population = _store.Finished;
        var a = InspectionService.Draw(population, 12, 4242).Select(c => c.CaseNumber).ToList();
        var b = InspectionService.Draw([.. population.AsEnumerable().Reverse()], 12, 4242).Select(c => c.CaseNumber).ToList();
        var c = InspectionService.Draw(population, 12, 4243).Select(c => c.CaseNumber).ToList();

        Assert.Equal(a, b); // the population's order does not matter: it is sorted by case number first
        Assert.NotEqual(a, c);
        Assert.Equal(12, a.Distinct().Count());
        Assert.Equal(a.Order(StringComparer.Ordinal), a);
    }

    [Fact]
    public void Draw_DuplicatesInPopulation_CaseDrawnAtMostOnce()
    {
        var population = new[] { Ref("A"), Ref("A"), Ref("B"), Ref("B"), Ref("C") };
        var drawn = InspectionService.Draw(population, 5, 7);
        Assert.Equal(["A", "B", "C"], drawn.Select(d => d.CaseNumber));
    }

    [Fact]
    public async Task DrawSample_DefaultRate_FivePercentOfCasesFinishedInRange()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31));

        Assert.Equal(240, sample.Population);
        Assert.Equal(0.05m, sample.Rate);
        Assert.Equal(12, sample.Cases.Count);
        Assert.DoesNotContain(sample.Cases, c => c.CaseNumber.StartsWith('F'));
        Assert.All(sample.Cases, c => Assert.Equal("审核员" + c.CaseNumber[^1], c.ResponsibleExaminer));
        Assert.Equal("杨帆", sample.DrawnByName);
        Assert.Equal(_time.GetUtcNow(), sample.DrawnAt);
    }

    [Fact]
    public async Task DrawSample_RecordedSeed_DrawsTheSameCasesAgain()
    {
        var first = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31, Rate: 0.1m));
        var again = await _service.DrawSampleAsync(Inspector2, new SampleRequest(March1, March31, Rate: 0.1m, Seed: first.Seed, AllowOverlap: true));

        Assert.Equal(24, first.Cases.Count);
        Assert.Equal(first.Cases.Select(c => c.CaseNumber), again.Cases.Select(c => c.CaseNumber));
        Assert.NotEqual(first.Id, again.Id);
    }

    [Fact]
    public async Task DrawSample_ByBusinessType_OnlyThatType_AtLeastOne()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31, "MortgageFirst", 0.01m, 99));

        Assert.Equal(40, sample.Population);
        var only = Assert.Single(sample.Cases);
        Assert.Equal("MortgageFirst", only.BusinessType);
        Assert.Equal(99, sample.Seed);
    }

    [Fact]
    public async Task DrawSample_NotAnInspector_IsRefused()
    {
        var examiner = new InspectionActor("reviewer1", "王芳", [RegistryRoles.FirstReview]);
        var e = await Assert.ThrowsAsync<InspectionNotAllowedException>(() => _service.DrawSampleAsync(examiner, new SampleRequest(March1, March31)));
        Assert.Contains("王芳", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrawSample_BadRateAndDates_NameTheFields()
    {
        var e = await Assert.ThrowsAsync<InspectionInvalidException>(() => _service.DrawSampleAsync(Inspector, new SampleRequest(March31, March1, Rate: 0m)));
        Assert.Equal(["to", "rate"], e.Errors.Select(x => x.Field));
        Assert.Contains("2025-03-01", e.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrawSample_NothingFinishedInRange_SaysSo()
    {
        var e = await Assert.ThrowsAsync<InspectionInvalidException>(() => _service.DrawSampleAsync(Inspector, new SampleRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31))));
        Assert.Equal("from", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public async Task Record_FailedItemWithoutNote_IsRefusedNamingTheItem()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31));
        var items = AllPass().Select(i => i.Item == InspectionItem.Certificate ? i with { Passed = false, Note = " " } : i).ToList();

        var e = await Assert.ThrowsAsync<InspectionInvalidException>(() =>
            _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, sample.Cases[0].CaseNumber, 0, items)));

        Assert.Equal("items[Certificate].note", Assert.Single(e.Errors).Field);
        Assert.Empty(_store.Verdicts);
    }

    [Fact]
    public async Task Record_MissingItemAndCaseNotInSample_AreBothNamed()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31));
        var e = await Assert.ThrowsAsync<InspectionInvalidException>(() =>
            _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, "F0001", 0, [.. AllPass().Skip(1)])));

        Assert.Equal(["items[Materials]", "caseNumber"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public async Task Record_ChangedVerdict_IsANewRevision_EarlierKept()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31));
        var caseNo = sample.Cases[0].CaseNumber;
        var (first, rectification) = await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, caseNo, 0, Failing(InspectionItem.TimeLimit, "超期 2 个工作日")));
        _time.Advance(TimeSpan.FromHours(1));
        var (second, none) = await _service.RecordAsync(Inspector2, new InspectionRecordRequest(sample.Id, caseNo, 1, AllPass(), "复核后确认有加班记录"));

        Assert.Equal((1, InspectionVerdictKind.Fail), (first.Revision, first.Verdict));
        Assert.NotNull(rectification);
        Assert.Equal((2, InspectionVerdictKind.Pass, "周敏"), (second.Revision, second.Verdict, second.InspectorName));
        Assert.Null(none);
        var history = await _service.HistoryAsync(Inspector, sample.Id, caseNo);
        Assert.Equal([first, second], history);
        Assert.Equal("超期 2 个工作日", history[0].Items.Single(i => i.Item == InspectionItem.TimeLimit).Note);
        var view = await _service.FindSampleAsync(Inspector, sample.Id);
        Assert.Equal(second, view!.Latest[caseNo]);
    }

    [Fact]
    public async Task Record_OnStaleRevision_ConflictNamesWhoRecordedFirst()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31));
        var caseNo = sample.Cases[1].CaseNumber;
        await _service.RecordAsync(Inspector2, new InspectionRecordRequest(sample.Id, caseNo, 0, AllPass()));

        var e = await Assert.ThrowsAsync<InspectionConflictException>(() =>
            _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, caseNo, 0, Failing(InspectionItem.Materials, "缺婚姻声明"))));

        Assert.Equal("周敏", e.WinnerName);
        Assert.Contains("周敏", e.Message, StringComparison.Ordinal);
        Assert.Single(_store.Verdicts);
    }

    [Fact]
    public async Task Rectification_AnsweredByNamedExaminer_ReopenedThenClosedByInspector()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31));
        var caseNo = sample.Cases[0].CaseNumber;
        var examinerName = sample.Cases[0].ResponsibleExaminer;
        var examiner = new InspectionActor(examinerName, examinerName, [RegistryRoles.FirstReview]);
        var other = new InspectionActor("审核员X", "审核员X", [RegistryRoles.FirstReview]);
        var (_, sent) = await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, caseNo, 0,
            Failing(InspectionItem.Materials, "缺少完税凭证", InspectionItem.Reporting, "未上报")));

        Assert.Equal(examinerName, sent!.Assignee);
        Assert.Equal([InspectionItem.Materials, InspectionItem.Reporting], sent.Items);
        Assert.Equal(RectificationState.Open, sent.State);
        Assert.Single(await _service.MyRectificationsAsync(examiner));
        Assert.Empty(await _service.MyRectificationsAsync(other));

        await Assert.ThrowsAsync<InspectionNotAllowedException>(() => _service.AnswerAsync(other, sent.Id, 1, "已补"));
        await Assert.ThrowsAsync<InspectionNotAllowedException>(() => _service.CloseAsync(Inspector, sent.Id, 1, null)); // not answered yet
        var answered = await _service.AnswerAsync(examiner, sent.Id, 1, "已补扫完税凭证");
        await Assert.ThrowsAsync<InspectionNotAllowedException>(() => _service.CloseAsync(examiner, sent.Id, 2, null)); // examiner cannot close
        var reopened = await _service.ReopenAsync(Inspector, sent.Id, 2, "上报仍未销账");
        await Assert.ThrowsAsync<InspectionConflictException>(() => _service.AnswerAsync(examiner, sent.Id, 2, "stale"));
        await _service.AnswerAsync(examiner, sent.Id, 3, "已重新上报并销账");
        var closed = await _service.CloseAsync(Inspector, sent.Id, 4, "核实无误");

        Assert.Equal(RectificationState.Answered, answered.State);
        Assert.Equal(RectificationState.Open, reopened.State);
        Assert.Equal(RectificationState.Closed, closed.State);
        var stored = (await _service.FindSampleAsync(Inspector, sample.Id))!.Rectifications.Single();
        Assert.Equal(
            [RectificationEventKind.Sent, RectificationEventKind.Answered, RectificationEventKind.Reopened, RectificationEventKind.Answered, RectificationEventKind.Closed],
            stored.Events.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4, 5], stored.Events.Select(e => e.Sequence));
        Assert.Equal("材料齐全：缺少完税凭证；上报及时：未上报", stored.Events[0].Text);
        Assert.Equal("已补扫完税凭证", stored.Events[1].Text);
    }

    [Fact]
    public async Task Rectification_AssigneeOverride_GoesToTheNamedPerson()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31));
        var (_, sent) = await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, sample.Cases[2].CaseNumber, 0,
            Failing(InspectionItem.Certificate, "证号缺年份"), RectificationAssignee: " reviewer1 "));
        Assert.Equal("reviewer1", sent!.Assignee);
    }

    [Fact]
    public async Task Report_CountsLatestVerdicts_ByPeriodTypeAndExaminer()
    {
        var sample = await _service.DrawSampleAsync(Inspector, new SampleRequest(March1, March31, Rate: 1m, Seed: 1));
        var picked = sample.Cases.Where(c => c.CaseNumber is "T0001" or "T0002" or "T0011" or "M0001").ToList();
        Assert.Equal(4, picked.Count);
        await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, "T0001", 0, AllPass()));
        await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, "T0002", 0, Failing(InspectionItem.Certificate, "错")));
        await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, "T0011", 0, Failing(InspectionItem.Materials, "缺")));
        await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, "T0011", 1, AllPass())); // re-inspected: latest is 合格
        await _service.RecordAsync(Inspector, new InspectionRecordRequest(sample.Id, "M0001", 0, Failing(InspectionItem.TimeLimit, "超期")));

        var report = await _service.ReportAsync(Inspector, March1, March31);

        Assert.Equal((4, 2, 2, 50.0m), (report.Total.Inspected, report.Total.Passed, report.Total.Failed, report.Total.PassRate));
        var transfer = report.ByBusinessType.Single(r => r.Key == "HouseTransferResale");
        Assert.Equal((3, 2, 66.7m), (transfer.Inspected, transfer.Passed, transfer.PassRate));
        Assert.Equal((1, 0, 0.0m), (report.ByBusinessType.Single(r => r.Key == "MortgageFirst").Inspected, report.ByBusinessType.Single(r => r.Key == "MortgageFirst").Passed, report.ByBusinessType.Single(r => r.Key == "MortgageFirst").PassRate));
        var one = report.ByExaminer.Single(r => r.Key == "审核员1"); // T0001, T0011, M0001
        Assert.Equal((3, 2), (one.Inspected, one.Passed));
        Assert.Equal(["2025-03"], report.ByPeriod.Select(p => p.Key));
        Assert.Equal(report.ByExaminer.Sum(r => r.Inspected), report.Total.Inspected);
    }

    [Fact]
    public void BuildReport_SplitsPeriodsByChinaMonth()
    {
        var id = Guid.NewGuid();
        // 2025-03-31 20:00 UTC is already 1 April in Beijing.
        var report = InspectionService.BuildReport(March1, new DateOnly(2025, 4, 30),
        [
            new InspectedCase(id, "A", "X", new DateTimeOffset(2025, 3, 31, 15, 0, 0, TimeSpan.Zero), "e1", InspectionVerdictKind.Pass),
            new InspectedCase(id, "B", "X", new DateTimeOffset(2025, 3, 31, 20, 0, 0, TimeSpan.Zero), "e1", InspectionVerdictKind.Fail),
            new InspectedCase(id, "C", "X", new DateTimeOffset(2025, 4, 10, 2, 0, 0, TimeSpan.Zero), "e2", InspectionVerdictKind.Pass),
        ]);

        Assert.Equal([("2025-03", 1, 1), ("2025-04", 2, 1)], report.ByPeriod.Select(p => (p.Key, p.Inspected, p.Passed)));
        Assert.Null(new PassRateRow("empty", 0, 0).PassRate);
    }

    private static List<InspectionItemResult> AllPass() => [.. InspectionChecklist.Items.Select(i => new InspectionItemResult(i, true, null))];

    private static List<InspectionItemResult> Failing(InspectionItem item, string note, InspectionItem? item2 = null, string? note2 = null) =>
        [.. AllPass().Select(r => r.Item == item ? r with { Passed = false, Note = note } : r.Item == item2 ? r with { Passed = false, Note = note2 } : r)];

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), China);

    private static FinishedCaseRef Ref(string caseNumber) => new(caseNumber, "X", At(March1, 9));
}
