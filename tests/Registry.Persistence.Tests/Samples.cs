using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;

namespace Registry.Persistence.Tests;

internal static class Samples
{
    public static readonly DateOnly Today = new(2025, 9, 18);

    public static NaturalPerson Person(string name, string body) =>
        new(name, ResidentIdNumber.Parse(body + ResidentIdNumber.ComputeCheckCharacter(body), Today));

    public static NaturalPerson ZhangSan => Person("张三", "34012119800101001");

    public static NaturalPerson LiSi => Person("李四", "34012119820202002");

    public static NaturalPerson WangWu => Person("王五", "34012119900303003");

    public static Organisation Bank => new("中国建设银行股份有限公司长丰支行", UnifiedSocialCreditCode.Parse("91350100M000100Y43"));

    public static CaseNumber Case(int sequence) => CaseNumber.Create("340121", Today, sequence);

    public static DateTimeOffset At(int day, int hour = 9) => new(2025, 9, day, hour, 0, 0, TimeSpan.Zero);

    public static UnitRegister NewFlat(string code = "340121261006GB00014F00220045", string location = "长丰县水湖镇阳光花园22栋1单元405室") =>
        UnitRegister.Open(new ImmovableUnit(UnitCode.Parse(code), UnitKind.Household, location, "住宅", 98.56m));

    /// <summary>A flat with every kind of entry and some history.</summary>
    public static UnitRegister RichFlat()
    {
        var register = NewFlat();
        register.RecordOwnership(Case(1), At(1), "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new RightHolder(ZhangSan)],
            CertificateNumber.Parse("皖(2025)长丰县不动产权第0000101号"), new DateOnly(2010, 1, 1), new DateOnly(2079, 12, 31));
        register.TransferOwnership(Case(2), At(2), CoOwnership.ByShares,
            [new RightHolder(LiSi, Share.Of(2, 3)), new RightHolder(WangWu, Share.Of(1, 3))], CertificateNumber.Parse("皖(2025)长丰县不动产权第0000102号"));
        register.AddMortgage(Case(3), At(3), MortgageKind.General, Bank, 650_000.50m, new DateOnly(2025, 9, 3), new DateOnly(2045, 9, 2), At(3, 8),
            CertificateNumber.Parse("皖(2025)长丰县不动产证明第0000201号"));
        register.AddMortgage(Case(4), At(4), MortgageKind.MaximumAmount, Bank, 1_000_000m, new DateOnly(2025, 9, 4), new DateOnly(2030, 9, 3), At(4, 8),
            transferRestricted: true, details: new MortgageDetails(GuaranteeScope.Principal | GuaranteeScope.Interest, WangWu, InConstruction: true));
        register.AddPreNotice(Case(5), At(5), "预购商品房抵押权预告登记", Bank);
        register.AddResidenceRight(Case(6), At(6), ZhangSan, new DateOnly(2040, 1, 1), "无偿居住");
        register.AddEasement(Case(7), At(7), ZhangSan, "通行");
        register.RecordEasementBenefit(Case(7), At(7), ZhangSan, "通行", UnitCode.Parse("340121261006GB00099F00010001"));
        var active = register.AddSeizure(Case(8), At(8), "长丰县人民法院", "(2025)皖0121执100号", At(8, 7), new DateOnly(2025, 9, 8), new DateOnly(2028, 9, 7));
        register.AddSeizure(Case(9), At(9), "合肥市中级人民法院", "(2025)皖01执200号", At(9, 7));
        register.AddSeizure(Case(10), At(10), "肥东县人民法院", "(2025)皖0122执300号", At(10, 7));
        register.LiftSeizure(Case(11), At(11), active.Id);
        register.AddObjection(Case(12), At(12), WangWu, "登记的权利人有误");
        return register;
    }
}
