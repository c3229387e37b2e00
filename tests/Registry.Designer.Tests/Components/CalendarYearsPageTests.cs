using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Deadlines;
using Registry.Application.Designer;
using Registry.Application.Security;
using Registry.Designer.Calendars;

namespace Registry.Designer.Tests.Components;

/// <summary>/designer/calendars: each year official or provisional, and a year file's upload with the recomputed count.</summary>
public sealed class CalendarYearsPageTests : DesignerComponentTest
{
    private readonly FakeCalendars _calendars = new();

    public CalendarYearsPageTests()
    {
        Services.AddSingleton<ICalendarAdministration>(_calendars);
        Services.AddSingleton<TimeProvider>(new FixedTime(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void TheYearsAroundToday_AreListed_OfficialOrProvisional()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);

        var page = Render<CalendarYears>();

        Assert.Equal((2025, 2029), _calendars.Listed);
        Assert.Equal("官方", page.Find("tr.calendar-year[data-year='2026'] .calendar-official").TextContent);
        var provisional = page.Find("tr.calendar-year[data-year='2027'] .calendar-provisional");
        Assert.Equal("暂定", provisional.TextContent);
        Assert.Contains("不含调休", provisional.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("随系统发布", page.Find("tr.calendar-year[data-year='2026']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadingAYearFile_LoadsItAsTheSignedInAdmin_AndShowsHowManyDeadlinesWereRecomputed()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<CalendarYears>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("{\"year\": 2027}", "2027.json"));

        page.WaitForAssertion(() => Assert.Equal("已载入 2027 年官方日历：重新计算了 12 个在办业务的期限，其中 3 个发生变化，0 个仍为暂定。", page.Find("#calendar-loaded").TextContent.Trim()));
        var load = Assert.Single(_calendars.Loads);
        Assert.Equal(("2027.json", "admin", "{\"year\": 2027}"), (load.FileName, load.User, load.Content));
    }

    [Fact]
    public void ARefusedFile_IsShownWithTheValidatorsReason_AndNothingIsReportedLoaded()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        _calendars.Refusal = "2027.json: 2027-01-04: is marked AdjustedWorkday but is a Monday; only a Saturday or Sunday can be made a working day.";
        var page = Render<CalendarYears>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("{}", "2027.json"));

        page.WaitForAssertion(() => Assert.Contains("未通过校验", page.Find("#calendar-error").TextContent, StringComparison.Ordinal));
        Assert.Contains("2027-01-04", page.Find("#calendar-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#calendar-loaded"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class FakeCalendars : ICalendarAdministration
    {
        public (int From, int To)? Listed { get; private set; }

        public List<(string? FileName, string User, string Content)> Loads { get; } = [];

        public string? Refusal { get; set; }

        public IReadOnlyList<CalendarYearSummary> ListYears(int fromYear, int toYear)
        {
            Listed = (fromYear, toYear);
            return [.. Enumerable.Range(fromYear, toYear - fromYear + 1).Select(y => y <= 2026
                ? new CalendarYearSummary(y, true, "folder", 248, 18, 5)
                : new CalendarYearSummary(y, false, null, 254, 7, 0))];
        }

        public Task<CalendarLoadResult> LoadYearAsync(byte[] content, string? fileName, DesignerUser user, CancellationToken cancellationToken = default)
        {
            if (Refusal is not null)
            {
                throw new CalendarFileRejectedException(Refusal);
            }

            Loads.Add((fileName, user.Name, Encoding.UTF8.GetString(content)));
            return Task.FromResult(new CalendarLoadResult(2027, 12, 3, 0));
        }

        public Task<int> RestoreStoredYearsAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
    }
}
