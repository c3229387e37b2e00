using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>The people and organisations of the stories (valid GB 11643 / GB 32100 numbers).</summary>
internal static class People
{
    public static readonly (string Name, string IdNumber) ZhangSan = ("张三", Resident("34012119800101001"));
    public static readonly (string Name, string IdNumber) LiSi = ("李四", Resident("34012119850202002"));
    public static readonly (string Name, string IdNumber) WangWu = ("王五", Resident("34012119900303003"));
    public static readonly (string Name, string IdNumber) ZhaoLiu = ("赵六", Resident("34012119750404004"));

    public static readonly (string Name, string IdNumber) SunQi = ("孙七", Resident("34012119860606006"));
    public static readonly (string Name, string IdNumber) ZhouBa = ("周八", Resident("34012119870707007"));
    public static readonly (string Name, string IdNumber) WuJiu = ("吴九", Resident("34012119880808008"));
    public static readonly (string Name, string IdNumber) ZhengShi = ("郑十", Resident("34012119891009009"));
    public static readonly (string Name, string IdNumber) QianYi = ("钱一", Resident("34012119911111010"));
    public static readonly (string Name, string IdNumber) SunEr = ("孙二", Resident("34012119921212011"));

    /// <summary>A child born in 2015: a minor on 2026-11-23 (民法典 17).</summary>
    public static readonly (string Name, string IdNumber) Child = ("张小明", Resident("34012120150505005"));

    public static readonly (string Name, string IdNumber) Bank = ("中国建设银行股份有限公司长丰支行", Credit("91340121MA2N00001"));
    public static readonly (string Name, string IdNumber) SecondBank = ("中国工商银行股份有限公司长丰支行", Credit("91340121MA2N00002"));
    public static readonly (string Name, string IdNumber) ThirdBank = ("长丰农村商业银行股份有限公司", Credit("91340121MA2N00006"));
    public static readonly (string Name, string IdNumber) Developer = ("长丰县置业有限公司", Credit("91340121MA2N00003"));

    public static readonly (string Name, string IdNumber) Village = ("长丰县水湖镇某村股份经济合作社", Credit("91340121MA2N00004"));
    public static readonly (string Name, string IdNumber) Cooperative = ("长丰县水湖镇某村土地股份合作社", Credit("91340121MA2N00005"));

    public static NaturalPerson Person((string Name, string IdNumber) p) => new(p.Name, ResidentIdNumber.Parse(p.IdNumber, new DateOnly(2026, 11, 23)));

    private static string Resident(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private static string Credit(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
}
