using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Tests.Recording;

/// <summary>Parties, units and an applier for effect tests.</summary>
internal static class RecordingFixture
{
    public const string RightType = "国有建设用地使用权/房屋所有权";
    public const string UnitA = "340121261006GB00014F00220045";
    public const string UnitB = "340121261006GB00014F00220046";

    public static readonly HolderSpec ZhangSan = new("张三", "340121198001010019");
    public static readonly HolderSpec LiSi = new("李四", "340121198001010027");
    public static readonly HolderSpec WangWu = new("王五", "340121198001010035");
    public static readonly PartySpec BankA = new("中国建设银行股份有限公司长丰支行", "91350100M000100Y43");
    public static readonly PartySpec BankB = new("中国工商银行股份有限公司长丰支行", CreditCode("91340121MA2N00001"));

    public static readonly DateOnly DebtStart = new(2025, 9, 1);
    public static readonly DateOnly DebtEnd = new(2045, 9, 1);

    public static PartySpec Party(HolderSpec h) => new(h.Name, h.IdNumber);

    public static string CreditCode(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    public static CaseNumber Case(int sequence) => CaseNumber.Create("340121", new DateOnly(2025, 9, 18), sequence);

    public static DateTimeOffset At(int day, int hour = 9) => new(2025, 9, day, hour, 0, 0, TimeSpan.FromHours(8));

    public static RecordingContext Ctx(int sequence, int day) => new(Case(sequence), At(day, 8), At(day));

    public static IRegisterEffectApplier Applier() =>
        new ServiceCollection().AddSingleton<TimeProvider>(new FakeTimeProvider(At(20))).AddRegistryRecording()
            .BuildServiceProvider().GetRequiredService<IRegisterEffectApplier>();

    public static UnitRegister Open(string code = UnitA) =>
        UnitRegister.Open(new ImmovableUnit(UnitCode.Parse(code), UnitKind.Household, "长丰县水湖镇阳光花园22栋1单元0405室", "住宅", 98.56m));

    /// <summary>A register owned by 张三 alone (case 1, day 1).</summary>
    public static UnitRegister OwnedByZhangSan(string code = UnitA)
    {
        var register = Open(code);
        Applier().Apply([register], [new CreateOwnership(code, RightType, CoOwnership.Sole, [ZhangSan], "皖(2025)长丰县不动产权第0000001号")], Ctx(1, 1));
        return register;
    }

    public static AddMortgage Mortgage(PartySpec bank, decimal amount = 100000m, string unit = UnitA) =>
        new(unit, MortgageKind.General, bank, amount, DebtStart, DebtEnd, "皖(2025)长丰县不动产证明第0000001号");

    public static AddSeizure Seizure(string ruling, int deliveredDay, string unit = UnitA) =>
        new(unit, "长丰县人民法院", ruling, At(deliveredDay, 8), new DateOnly(2025, 9, deliveredDay), new DateOnly(2028, 9, 1));

    public static RecordingResult Apply(UnitRegister register, int sequence, int day, params RegisterEffect[] effects) =>
        Applier().Apply([register], effects, Ctx(sequence, day));

    public static RegisterEffectRefusedException Refused(UnitRegister register, int sequence, int day, params RegisterEffect[] effects) =>
        Assert.Throws<RegisterEffectRefusedException>(() => Apply(register, sequence, day, effects));
}
