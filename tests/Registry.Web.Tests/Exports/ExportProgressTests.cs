using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Web.Components.Exports;
using Registry.Web.Exports;

namespace Registry.Web.Tests.Exports;

/// <summary>The export button with its progress bar: start, rows written of the total, cancel, the download link, refusal.</summary>
public sealed class ExportProgressTests : RegistryComponentTest
{
    /// <summary>The job runs on the thread pool: on a loaded machine its next step can take a while.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-export-progress-tests", Guid.NewGuid().ToString("N"));
    private readonly BunitAuthorizationContext _auth;

    public ExportProgressTests()
    {
        Services.AddSingleton(sp => new ExportJobs(sp.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<ExportJobs>.Instance, _directory));
        _auth = AddAuthorization();
        _auth.SetAuthorized("杨帆");
        _auth.SetRoles("leader");
    }

    private IRenderedComponent<ExportProgress> RenderFor(ExportRequest request) =>
        Render<ExportProgress>(p => p.Add(c => c.Request, request).Add(c => c.Label, "导出 Excel").Add(c => c.Id, "t"));

    [Theory]
    [InlineData("zh-CN", "已写入 1,000 / 2,500 行（40%）", "已生成 2,500 行")]
    [InlineData("en", "1,000 of 2,500 rows written (40%)", "2,500 rows ready")]
    public void Start_ShowsTheBarMoving_ThenTheDownloadLink(string culture, string progress, string done)
    {
        UseCulture(culture);
        var request = new ExportJobsTests.NumbersRequest(2_500) { PauseAfter = 1_000 };
        var cut = RenderFor(request);

        cut.Find("#t-start").Click();

        cut.WaitForAssertion(() => Assert.Equal(progress, cut.Find("#t-status").TextContent), Wait);
        Assert.NotNull(cut.Find(".export-progress-bar"));
        Assert.Empty(cut.FindAll("#t-download"));
        request.Go.Release();
        cut.WaitForAssertion(() => Assert.Equal(done, cut.Find("#t-status").TextContent), Wait);
        var job = Services.GetRequiredService<ExportJobs>().Latest("杨帆", request)!;
        Assert.Equal($"export/jobs/{job.Id}", cut.Find("#t-download").GetAttribute("href"));
        Assert.Empty(cut.FindAll(".export-progress-bar"));
    }

    [Fact]
    public void Cancel_StopsTheExport_AndOffersItAgain()
    {
        var request = new ExportJobsTests.NumbersRequest(5_000) { PauseAfter = 1_000 };
        var cut = RenderFor(request);
        cut.Find("#t-start").Click();
        cut.WaitForAssertion(() => Assert.StartsWith("已写入 1,000", cut.Find("#t-status").TextContent, StringComparison.Ordinal), Wait);

        cut.Find("#t-cancel").Click();

        cut.WaitForAssertion(() => Assert.Equal("已取消导出。", cut.Find("#t-message").TextContent.Trim()), Wait);
        Assert.NotNull(cut.Find("#t-start"));
        Assert.Empty(Directory.EnumerateFiles(_directory));
    }

    [Fact]
    public void Start_WithoutTheRole_IsRefusedInTheUiLanguage()
    {
        _auth.SetRoles("acceptor");
        var cut = RenderFor(new ExportJobsTests.NumbersRequest(10));

        cut.Find("#t-start").Click();

        Assert.Equal("您的角色无权导出此表。", cut.Find("#t-message").TextContent.Trim());
        Assert.Empty(cut.FindAll(".export-progress-bar"));
    }

    [Fact]
    public void ComingBack_ShowsTheSameJob_ButAnotherTableOrFilterStartsAfresh()
    {
        var request = new ExportJobsTests.NumbersRequest(10);
        var first = RenderFor(request);
        first.Find("#t-start").Click();
        first.WaitForAssertion(() => Assert.NotNull(first.Find("#t-download")), Wait);

        var again = RenderFor(request with { });
        Assert.NotNull(again.Find("#t-download"));
        var other = RenderFor(new ExportJobsTests.NumbersRequest(11));
        Assert.NotNull(other.Find("#t-start"));
    }
}
