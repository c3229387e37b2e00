using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Registry.Application.Dashboard;
using Registry.Application.Inspection;
using Registry.Application.Worklist;
using Registry.Web.Components.Dashboard;
using Registry.Web.Exports;
using Registry.Web.Resources;
using Registry.Web.Tests.Intake;

namespace Registry.Web.Tests.Exports;

/// <summary>Each export saved to a file and opened again with ClosedXML: Chinese headers, dates as dates, numbers as numbers, widths set.</summary>
public sealed class ExportWorkbookTests : IDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public ExportWorkbookTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    private IStringLocalizer<T> L<T>() => _services.GetRequiredService<IStringLocalizer<T>>();

    private DashboardText Text => new(L<DashboardResource>(), L<InspectionResource>(), new IntakeTestCatalogue());

    /// <summary>Writes a streamed workbook to memory and opens it with ClosedXML.</summary>
    private static XLWorkbook Streamed(Action<StreamedWorkbook> write) =>
        StreamedAsync(b =>
        {
            write(b);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    private static async Task<XLWorkbook> StreamedAsync(Func<StreamedWorkbook, Task> write)
    {
        var stream = new MemoryStream();
        using (var book = new StreamedWorkbook(stream))
        {
            await write(book);
            book.Complete();
        }

        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    private static XLWorkbook Reopen(XLWorkbook book)
    {
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public void DashboardFigures_HaveChineseHeadersAndTypedValues()
    {
        var report = new DashboardReport
        {
            Filter = new DashboardFilter(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)),
            ComputedAt = new DateTimeOffset(2026, 7, 1, 9, 0, 0, China),
            Accepted = 4, Finished = 2, AverageWorkingDays = 4.0, P90WorkingDays = 6, FinishedWithClock = 2, OnTime = 1, OverdueNow = 1,
            AutoApproved = 0, ReturnsByReason = [new("MATERIALS-INCOMPLETE", 1)], RefusalsByReason = [new("ART22-2", 1)],
            EnterpriseTransfers = 0, EnterpriseTransferAverageWorkingDays = null, Mortgages = 4,
            MortgagesByChannel = [new("BankBranch", 3), new("Counter", 1)], SeizuresRecorded = 0, SeizureAverageHours = null,
            SelfChecked = 0, SelfCheckFailed = 0, SelfCheckFailuresByCategory = [], Inspected = 0, InspectionPassed = 0,
            ByBusinessType = [new DashboardTypeRow("HouseTransferResale", 4, 2, 4.0, 1, 2)],
            ByMonth = [new DashboardMonth("2026-06", 4, 2)],
        };

        using var book = Reopen(new DashboardWorkbook(L<ExportResource>(), L<DashboardResource>(), Text).Figures(report));

        var figures = book.Worksheet("指标");
        Assert.Equal(("指标", "数值", "单位"), (figures.Cell(1, 1).GetString(), figures.Cell(1, 2).GetString(), figures.Cell(1, 3).GetString()));
        Assert.Equal(XLDataType.DateTime, figures.Cell(2, 2).DataType);
        Assert.Equal(new DateTime(2026, 6, 1), figures.Cell(2, 2).GetDateTime());
        var accepted = Row(figures, "受理量");
        Assert.Equal((XLDataType.Number, 4.0), (accepted.Cell(2).DataType, accepted.Cell(2).GetDouble()));
        var onTime = Row(figures, "按时办结率");
        Assert.Equal((0.5, "0.0%"), (onTime.Cell(2).GetDouble(), onTime.Cell(2).Style.NumberFormat.Format));
        var bank = Row(figures, "银行网点抵押占比");
        Assert.Equal(0.75, bank.Cell(2).GetDouble());
        Assert.True(Row(figures, "企业转移登记时长").Cell(2).IsEmpty());
        Assert.Equal(26, figures.Column(1).Width);

        var types = book.Worksheet("按业务类型");
        Assert.Equal("业务类型", types.Cell(1, 1).GetString());
        Assert.Equal("存量房买卖转移登记", types.Cell(2, 1).GetString());
        Assert.Equal((XLDataType.Number, 4.0), (types.Cell(2, 3).DataType, types.Cell(2, 3).GetDouble()));
        var returns = book.Worksheet("退回原因");
        Assert.Equal(("申请材料不齐全，需补正", "MATERIALS-INCOMPLETE", 1.0), (returns.Cell(2, 1).GetString(), returns.Cell(2, 2).GetString(), returns.Cell(2, 3).GetDouble()));
        Assert.Equal("银行网点", book.Worksheet("抵押渠道").Cell(2, 1).GetString());
    }

    [Fact]
    public void DashboardCases_KeepCaseNumbersAsTextAndTimesAsDates()
    {
        DashboardCaseLink[] cases =
        [
            new("2026-0601-000001", "HouseTransferResale", new DateTimeOffset(2026, 6, 3, 1, 30, 0, TimeSpan.Zero), 2, null),
            new("2026-0601-000002", "HouseTransferResale", new DateTimeOffset(2026, 6, 9, 2, 0, 0, TimeSpan.Zero), 6, null),
        ];

        using var book = Streamed(b => new DashboardWorkbook(L<ExportResource>(), L<DashboardResource>(), Text).Cases(b, DashboardMetric.Finished, cases));

        var sheet = book.Worksheet("办结");
        Assert.Equal(["业务号", "业务类型", "时间", "工作日", "说明"], sheet.Row(1).Cells(1, 5).Select(c => c.GetString()));
        Assert.Equal((XLDataType.Text, "2026-0601-000001"), (sheet.Cell(2, 1).DataType, sheet.Cell(2, 1).GetString()));
        Assert.Equal("存量房买卖转移登记", sheet.Cell(2, 2).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 3).DataType);
        Assert.Equal(ExcelSheets.DateTimeFormat, sheet.Cell(2, 3).Style.NumberFormat.Format);
        Assert.Equal(new DateTime(2026, 6, 3, 9, 30, 0), sheet.Cell(2, 3).GetDateTime());
        Assert.Equal((XLDataType.Number, 6.0), (sheet.Cell(3, 4).DataType, sheet.Cell(3, 4).GetDouble()));
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());
    }

    [Fact]
    public void PassRates_ShowTheTargetAndWhetherEachGroupMeetsIt()
    {
        var report = new PassRateReport(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), new PassRateRow("*", 20, 19),
            [new PassRateRow("2026-05", 10, 10), new PassRateRow("2026-06", 10, 9)], [new PassRateRow("HouseTransferResale", 20, 19)], [new PassRateRow("reviewer1", 20, 19)]);

        using var book = Reopen(new InspectionWorkbooks(L<ExportResource>(), L<InspectionResource>(), Text).PassRates(report));

        var month = book.Worksheet("按月");
        Assert.Equal(["分组", "抽查数", "合格数", "合格率", "目标", "是否达标"], month.Row(1).Cells(1, 6).Select(c => c.GetString()));
        Assert.Equal((1.0, "是"), (month.Cell(2, 4).GetDouble(), month.Cell(2, 6).GetString()));
        Assert.Equal((0.9, 0.95, "否"), (month.Cell(3, 4).GetDouble(), month.Cell(3, 5).GetDouble(), month.Cell(3, 6).GetString()));
        Assert.Equal(0.95, book.Worksheet("合计").Cell(2, 4).GetDouble());
        Assert.Equal("存量房买卖转移登记", book.Worksheet("按业务类型").Cell(2, 1).GetString());
    }

    [Fact]
    public void InspectionSheet_HasOneColumnPerChecklistItem_AndTheLatestVerdict()
    {
        var id = Guid.NewGuid();
        var finished = new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
        var sample = new InspectionSample(id, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), null, 0.05m, 4242, 40, "inspector", "杨帆", finished,
            [new SampledCase("2026-0510-000001", "HouseTransferResale", finished, "reviewer1"), new SampledCase("2026-0510-000002", "MortgageFirst", finished, "reviewer2")]);
        var verdict = new InspectionVerdict(id, "2026-0510-000001", 2, InspectionVerdictKind.Fail,
            [.. Enum.GetValues<InspectionItem>().Select(i => new InspectionItemResult(i, i != InspectionItem.Certificate, i == InspectionItem.Certificate ? "证号错" : null))],
            "复查", "inspector", "杨帆", finished.AddDays(3));
        var view = new InspectionSampleView(sample, new Dictionary<string, InspectionVerdict> { [verdict.CaseNumber] = verdict }, []);

        using var book = Reopen(new InspectionWorkbooks(L<ExportResource>(), L<InspectionResource>(), Text).SampleSheet(view));

        var sheet = book.Worksheet("抽查单");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["业务号", "业务类型", "办结时间", "责任审核人", "结论", "检查次数", "材料齐全", "审核意见与登记原则", "登簿内容准确", "缮证正确", "办理时限", "上报及时", "质检员", "检查时间", "备注"], headers);
        Assert.Equal(("不合格", 2.0), (sheet.Cell(2, 5).GetString(), sheet.Cell(2, 6).GetDouble()));
        Assert.Equal("不合格：证号错", sheet.Cell(2, 10).GetString());
        Assert.Equal("合格", sheet.Cell(2, 7).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 14).DataType);
        Assert.Equal(("未检查", true), (sheet.Cell(3, 5).GetString(), sheet.Cell(3, 6).IsEmpty()));
    }

    [Fact]
    public async Task Worklist_KeepsDueDatesAsDatesAndDaysAsNumbers()
    {
        var due = new DateTimeOffset(2026, 6, 8, 16, 0, 0, TimeSpan.Zero);
        WorklistItem[] items = [new(Guid.NewGuid(), "t1", "2026-0601-000004", "HouseTransferResale", "存量房买卖转移登记", "初审", "first-review", null,
            due.AddDays(-7), ["340121001001GB00001F00010001"], ["王伟", "叶梓涵"], Application.Deadlines.DeadlineStage.Amber, 1, due)];

        using var book = await StreamedAsync(b => WorklistWorkbook.WriteAsync(b, L<ExportResource>(), items.ToAsyncEnumerable()));

        var sheet = book.Worksheet("待办");
        Assert.Equal(["业务号", "业务类型", "环节", "签收人", "到达时间", "办理期限", "剩余工作日", "不动产单元", "权利人/申请人"], sheet.Row(1).Cells(1, 9).Select(c => c.GetString()));
        Assert.Equal("办理期限", sheet.Cell(1, 6).GetString());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 6).DataType);
        Assert.Equal(new DateTime(2026, 6, 9, 0, 0, 0), sheet.Cell(2, 6).GetDateTime());
        Assert.Equal((XLDataType.Number, 1.0), (sheet.Cell(2, 7).DataType, sheet.Cell(2, 7).GetDouble()));
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 8).DataType);
        Assert.True(sheet.Cell(2, 4).IsEmpty());
        Assert.Equal(36, sheet.Column(8).Width);
        Assert.Equal("王伟、叶梓涵", sheet.Cell(2, 9).GetString());
    }

    [Fact]
    public void SelfCheck_WritesCategoriesThenEveryFailingRule()
    {
        var run = Guid.NewGuid();
        var finished = new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
        var results = new Application.Inspection.SelfCheckRuns.SelfCheckRunResults(
            null!, [new("principle", 10, 2, 0.8)], 0.8,
            [new("2026-0510-000001", "HouseTransferResale", finished, "selfcheck@1", run, finished, false,
                [Finding("R-001", "principle", "权利人与义务人不一致"), Finding("R-002", "content", "面积不符")])],
            false);

        using var book = Streamed(b => new InspectionWorkbooks(L<ExportResource>(), L<InspectionResource>(), Text).SelfCheck(b, results));

        var categories = book.Worksheet("自检类别");
        Assert.Equal(["类别", "业务件数", "问题数", "合格率"], categories.Row(1).Cells(1, 4).Select(c => c.GetString()));
        Assert.Equal((XLDataType.Number, 10.0), (categories.Cell(2, 2).DataType, categories.Cell(2, 2).GetDouble()));
        Assert.Equal((0.8, ExcelSheets.PercentFormat), (categories.Cell(2, 4).GetDouble(), categories.Cell(2, 4).Style.NumberFormat.Format));
        var failing = book.Worksheet("不通过业务件");
        Assert.Equal(3, failing.LastRowUsed().RowNumber());
        Assert.Equal(("R-001", "权利人与义务人不一致"), (failing.Cell(2, 5).GetString(), failing.Cell(2, 8).GetString()));
        Assert.Equal(("R-002", "面积不符"), (failing.Cell(3, 5).GetString(), failing.Cell(3, 8).GetString()));
        Assert.Equal(new DateTime(2026, 5, 20, 16, 0, 0), failing.Cell(2, 3).GetDateTime());
        Assert.Equal("原则", failing.Cell(2, 4).GetString());
    }

    private static Application.Inspection.SelfCheckRuns.SelfCheckStoredFinding Finding(string code, string category, string message) =>
        new("selfcheck@1", code, 1, "《不动产登记暂行条例》第十四条", category, Application.Review.RuleSeverity.Block, Application.Review.RuleOutcome.Fail, "规则" + code, message, null, null);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = _culture;
        _services.Dispose();
    }

    private static IXLRow Row(IXLWorksheet sheet, string name) =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == name);
}
