using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Tests;

internal static class TestParties
{
    public static readonly DateOnly Today = new(2025, 9, 18);

    public static NaturalPerson Person(string name, string id) => new(name, ResidentIdNumber.Parse(id, Today));

    public static NaturalPerson ZhangSan => Person("张三", "340121198001010019");

    public static NaturalPerson LiSi => Person("李四", "340121198001010027");

    public static NaturalPerson WangWu => Person("王五", "340121198001010035");

    public static Organisation Bank => new("中国建设银行股份有限公司长丰支行", UnifiedSocialCreditCode.Parse("91350100M000100Y43"));

    public static CaseNumber Case(int sequence) => CaseNumber.Create("340121", Today, sequence);

    public static DateTimeOffset At(int day, int hour = 9) => new(2025, 9, day, hour, 0, 0, TimeSpan.FromHours(8));
}
