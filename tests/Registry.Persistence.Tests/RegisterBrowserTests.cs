using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Register;
using Registry.Application.Register.Browse;
using Registry.Domain.Register;
using static Registry.Persistence.Tests.Samples;

namespace Registry.Persistence.Tests;

public sealed class RegisterBrowserTests
{
    private static async Task<SqliteRegistryDatabase> WithUnitsAsync()
    {
        var db = await SqliteRegistryDatabase.CreateAsync();
        using var scope = db.Services.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        await repository.AddAsync(RichFlat());
        var other = NewFlat("340121261006GB00014F00220046", "长丰县水湖镇阳光花园22栋1单元406室");
        other.RecordOwnership(Case(20), At(1), "房屋所有权", CoOwnership.Joint, [new RightHolder(ZhangSan), new RightHolder(LiSi)]);
        await repository.AddAsync(other);
        var far = NewFlat("340121262001GB00003F00010001", "长丰县双墩镇锦绣华庭1栋1单元101室");
        far.RecordOwnership(Case(21), At(1), "房屋所有权", CoOwnership.Sole, [new RightHolder(WangWu)]);
        await repository.AddAsync(far);
        return db;
    }

    [Fact]
    public async Task GetUnit_AsOfPastInstant_ShowsThatDaysHoldersAndNothingLater()
    {
        await using var db = await WithUnitsAsync();
        var browser = db.Services.GetRequiredService<IRegisterBrowser>();

        var day1 = await browser.GetUnitAsync("340121 261006 GB00014 F00220045", At(1, 12));

        Assert.NotNull(day1);
        Assert.Equal("340121 261006 GB00014 F00220045", day1.DisplayCode);
        var ownership = Assert.Single(day1.Ownerships);
        Assert.Equal("张三", Assert.Single(ownership.Holders).Name);
        Assert.Empty(day1.Mortgages);
        Assert.Empty(day1.Seizures);
    }

    [Fact]
    public async Task GetUnit_Now_ShowsPriorityQueueAndShares()
    {
        await using var db = await WithUnitsAsync();
        var browser = db.Services.GetRequiredService<IRegisterBrowser>();

        var view = (await browser.GetUnitAsync("340121261006GB00014F00220045"))!;

        Assert.Equal(db.Time.GetUtcNow(), view.AsOf);
        Assert.Equal(["2/3", "1/3"], view.Ownerships.Single().Holders.Select(h => h.Share));
        Assert.Equal([1, 2], view.Mortgages.Select(m => m.Priority));
        Assert.Equal([650_000.50m, 1_000_000m], view.Mortgages.Select(m => m.Amount));
        Assert.Equal(["Active", "Waiting"], view.Seizures.Select(s => s.State));
        Assert.Equal("合肥市中级人民法院", view.Seizures[0].Authority);
        Assert.Equal(1, view.Seizures[1].QueuePosition);
        Assert.Single(view.PreNotices);
        Assert.Equal(new DateOnly(2025, 9, 27), Assert.Single(view.Objections).LapsesOn);
        Assert.Equal(3, view.OtherRights.Count); // residence right, easement, and the benefit of an easement over another unit (IR 60)
        Assert.Contains(view.OtherRights, r => r.Summary.Contains("over 340121261006GB00099F00010001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetUnit_UnknownCode_ReturnsNull()
    {
        await using var db = await WithUnitsAsync();

        Assert.Null(await db.Services.GetRequiredService<IRegisterBrowser>().GetUnitAsync("340121261006GB00014F00229999"));
    }

    [Fact]
    public async Task GetHistory_IncludesClosedEntriesOldestFirst()
    {
        await using var db = await WithUnitsAsync();
        var browser = db.Services.GetRequiredService<IRegisterBrowser>();

        var history = await browser.GetHistoryAsync("340121261006GB00014F00220045");

        Assert.Equal(13, history.Count);
        Assert.Equal("Ownership", history[0].Kind);
        Assert.Equal(At(2), history[0].ClosedAt);
        Assert.Equal(Case(2).Value, history[0].ClosedByCaseNumber);
        Assert.Contains("张三", history[0].Summary, StringComparison.Ordinal);
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.RecordedAt <= p.Second.RecordedAt));
    }

    [Theory]
    [InlineData("340121261006", 2)]
    [InlineData("340121 262001", 1)]
    [InlineData("阳光花园", 2)]
    [InlineData("锦绣", 1)]
    [InlineData("王五", 2)]
    [InlineData("李四", 2)]
    [InlineData("张三", 1)]
    [InlineData("不存在", 0)]
    public async Task Search_ByCodeLocationOrCurrentHolder_FindsUnits(string text, int expected)
    {
        await using var db = await WithUnitsAsync();
        var browser = db.Services.GetRequiredService<IRegisterBrowser>();

        var result = await browser.SearchAsync(new UnitSearch(text));

        Assert.Equal(expected, result.Total);
        Assert.Equal(expected, result.Items.Count);
    }

    [Fact]
    public async Task Search_Paging_IsOrderedByCodeAndCountsEncumbrances()
    {
        await using var db = await WithUnitsAsync();
        var browser = db.Services.GetRequiredService<IRegisterBrowser>();

        var first = await browser.SearchAsync(new UnitSearch(null, Page: 0, PageSize: 2));
        var second = await browser.SearchAsync(new UnitSearch(null, Page: 1, PageSize: 2));

        Assert.Equal(3, first.Total);
        Assert.Equal(["340121261006GB00014F00220045", "340121261006GB00014F00220046"], first.Items.Select(i => i.UnitCode));
        Assert.Equal(["340121262001GB00003F00010001"], second.Items.Select(i => i.UnitCode));
        var rich = first.Items[0];
        Assert.Equal("李四、王五", rich.HoldersDisplay);
        Assert.Equal(2, rich.MortgageCount);
        Assert.Equal(1, rich.ActiveSeizureCount);
        Assert.Equal(1, rich.WaitingSeizureCount);
        Assert.True(rich.HasPreNotice);
        Assert.True(rich.HasObjection);
        Assert.False(first.Items[1].HasObjection);
    }
}
