using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Registry.Application.Inspection;
using Registry.Application.Notifications;
using Registry.Web.Components.Dashboard;
using Registry.Web.Documents;
using Registry.Web.Resources;
using Registry.Web.Tests.Intake;

namespace Registry.Web.Tests.Documents;

/// <summary>A sample's inspection sheet as PDF (issue 17 part 3), read back: the columns of the Excel sheet, one row per sampled case.</summary>
public sealed class InspectionSheetPdfTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public InspectionSheetPdfTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [Fact]
    public void InspectionSheet_PrintsEveryChecklistItemAndTheLatestVerdict_OnEveryCaseOfTheSample()
    {
        var id = Guid.NewGuid();
        var finished = new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
        SampledCase[] cases = [.. Enumerable.Range(1, 60).Select(n => new SampledCase(string.Create(CultureInfo.InvariantCulture, $"340121202605100000{n:00}"), "HouseTransferResale", finished, "reviewer1"))];
        var sample = new InspectionSample(id, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), null, 0.05m, 4242, 1200, "inspector", "杨帆", finished, cases);
        var verdict = new InspectionVerdict(id, cases[0].CaseNumber, 2, InspectionVerdictKind.Fail,
            [.. Enum.GetValues<InspectionItem>().Select(i => new InspectionItemResult(i, i != InspectionItem.Certificate, i == InspectionItem.Certificate ? "证号错" : null))],
            "复查", "inspector", "杨帆", finished.AddDays(3));
        var view = new InspectionSampleView(sample, new Dictionary<string, InspectionVerdict> { [verdict.CaseNumber] = verdict }, []);
        var i = _services.GetRequiredService<IStringLocalizer<InspectionResource>>();
        var text = new DashboardText(_services.GetRequiredService<IStringLocalizer<DashboardResource>>(), i, new IntakeTestCatalogue());
        var pdfs = new CaseDocumentPdfs(Options.Create(new DocumentOptions()), Options.Create(new NotificationOptions()));

        var pdf = pdfs.InspectionSheet(view, _services.GetRequiredService<IStringLocalizer<ExportResource>>(), i, text.TypeName);

        var read = PdfProbe.Text(pdf);
        foreach (var header in new[] { "材料齐全", "审核意见与登记原则", "登簿内容准确", "缮证正确", "办理时限", "上报及时", "质检员" })
        {
            Assert.Contains(header, read, StringComparison.Ordinal);
        }

        Assert.All(cases, c => Assert.Contains(c.CaseNumber, read, StringComparison.Ordinal));
        Assert.Contains("不合格：证号错", read, StringComparison.Ordinal);
        Assert.Contains("未检查", read, StringComparison.Ordinal);
        Assert.Contains("存量房买卖转移登记", read, StringComparison.Ordinal);
        var info = PdfProbe.Info(pdf);
        Assert.Equal(("抽查单", id.ToString()), (info.Title, info.Subject));
        Assert.True(info.Pages > 1, "60 rows run onto a second page");
        Assert.Empty(PdfProbe.OutsideMargins(pdf));
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = _culture;
        _services.Dispose();
    }
}
