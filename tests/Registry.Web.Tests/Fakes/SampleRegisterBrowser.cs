using Registry.Application.Register.Browse;

namespace Registry.Web.Tests.Fakes;

/// <summary>
/// A hand-written, in-memory <see cref="IRegisterBrowser"/> for component tests: a fixed sample register,
/// and a record of every call so tests can check what the pages asked for.
/// </summary>
public sealed class SampleRegisterBrowser : IRegisterBrowser
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    public List<UnitSummary> Units { get; } = [];

    public Dictionary<string, UnitRegisterView> Registers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyList<RegisterHistoryEntry>> Histories { get; } = new(StringComparer.Ordinal);

    public List<UnitSearch> Searches { get; } = [];

    public List<(string UnitCode, DateTimeOffset? AsOf)> UnitReads { get; } = [];

    public Task<PagedResult<UnitSummary>> SearchAsync(UnitSearch query, CancellationToken cancellationToken = default)
    {
        Searches.Add(query);
        var matches = Units
            .Where(u => query.Text is null
                || u.UnitCode.StartsWith(query.Text, StringComparison.Ordinal)
                || u.Location.Contains(query.Text, StringComparison.Ordinal)
                || u.HoldersDisplay.Contains(query.Text, StringComparison.Ordinal))
            .OrderBy(u => u.UnitCode, StringComparer.Ordinal)
            .ToList();
        var page = matches.Skip(query.Page * query.PageSize).Take(query.PageSize).ToList();
        return Task.FromResult(new PagedResult<UnitSummary>(page, matches.Count, query.Page, query.PageSize));
    }

    public Task<UnitRegisterView?> GetUnitAsync(string unitCode, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        UnitReads.Add((unitCode, asOf));
        var view = Registers.GetValueOrDefault(unitCode);
        return Task.FromResult(view is null ? null : view with { AsOf = asOf ?? Now });
    }

    public Task<IReadOnlyList<RegisterHistoryEntry>> GetHistoryAsync(string unitCode, CancellationToken cancellationToken = default) =>
        Task.FromResult(Histories.GetValueOrDefault(unitCode) ?? []);

    /// <summary>A sample register: one heavily burdened flat, one clean flat, and the burdened flat's register book.</summary>
    public static SampleRegisterBrowser WithSampleRegister()
    {
        var browser = new SampleRegisterBrowser();
        browser.Units.Add(new UnitSummary(Burdened, "幸福路88号1幢2单元301室", "住宅", 89.56m, "张三、李四", 2, 1, 2, true, true));
        browser.Units.Add(new UnitSummary(Clean, "幸福路88号1幢2单元302室", "住宅", 120m, "王五", 0, 0, 0, false, false));

        var recorded = new DateTimeOffset(2020, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
        browser.Registers[Burdened] = new UnitRegisterView(
            Burdened,
            "330102-001001-GB00001-F00010001",
            "Household",
            "幸福路88号1幢2单元301室",
            "住宅",
            89.56m,
            Now,
            [new OwnershipView("o1", "国有建设用地使用权/房屋所有权", "ByShares",
                [new HolderView("张三", "ResidentId", "330102199001011234", "1/2"), new HolderView("李四", "ResidentId", "330102199202022345", "1/2")],
                "浙(2020)杭州市不动产权第0012345号", new DateOnly(2000, 1, 1), new DateOnly(2070, 12, 31), recorded, "2020-0001")],
            // Deliberately out of order: the page must show 顺位 1 first.
            [
                new MortgageView("m2", 2, "一般抵押", "杭州银行股份有限公司", 300_000m, new DateOnly(2023, 1, 1), new DateOnly(2033, 1, 1), "浙(2023)杭州市不动产证明第0000002号", recorded.AddYears(3), "2023-0002"),
                new MortgageView("m1", 1, "MaximumAmount", "中国工商银行股份有限公司杭州分行", 1_200_000m, new DateOnly(2021, 1, 1), new DateOnly(2041, 1, 1), "浙(2021)杭州市不动产证明第0000001号", recorded.AddYears(1), "2021-0001",
                    ["张三", "李四"], TransferRestricted: true),
            ],
            [
                new SeizureView("s3", "Waiting", 2, "杭州市西湖区人民法院", "(2025)浙0106执保300号", recorded.AddYears(5), null, null, recorded.AddYears(5), "2025-0300"),
                new SeizureView("s1", "Active", null, "杭州市上城区人民法院", "(2024)浙0102执保100号", recorded.AddYears(4), new DateOnly(2024, 3, 2), new DateOnly(2027, 3, 1), recorded.AddYears(4), "2024-0100"),
                new SeizureView("s2", "Waiting", 1, "杭州市拱墅区人民法院", "(2024)浙0105执保200号", recorded.AddYears(4).AddDays(10), null, null, recorded.AddYears(4).AddDays(10), "2024-0200"),
            ],
            [new PreNoticeView("p1", "预购商品房预告登记", "赵六", recorded, "浙(2020)杭州市不动产证明第0000099号", "2020-0099")],
            [new ObjectionView("x1", "钱七", "主张共有份额", recorded.AddYears(6), new DateOnly(2026, 12, 17), "2026-0007")],
            [new OtherRightView("r1", "ResidenceRight", "孙八", "终身居住", recorded, "2020-0100")]);
        browser.Histories[Burdened] =
        [
            new RegisterHistoryEntry("o0", "Ownership", "首次登记 开发商", recorded.AddYears(-2), recorded, "2018-0001", "2020-0001"),
            new RegisterHistoryEntry("o1", "Ownership", "转移登记 张三、李四", recorded, null, "2020-0001", null),
        ];
        return browser;
    }

    public const string Burdened = "330102001001GB00001F00010001";
    public const string Clean = "330102001001GB00001F00010002";
}
