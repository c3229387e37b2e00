using System.Text.Json;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Review.Facts;
using Registry.Domain.Register;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class RegisterStateSummaryTests
{
    [Fact]
    public void From_ListsOwnersMortgagesSeizuresAndNotices()
    {
        var register = Open();
        Apply(register, 1, 1, new CreateOwnership(UnitA, RightType, CoOwnership.ByShares, [ZhangSan with { Share = "2/3" }, LiSi with { Share = "1/3" }], "皖(2025)长丰县不动产权第0000001号"));
        Apply(register, 2, 2, Mortgage(BankA), new AddObjection(UnitA, Party(WangWu), "份额有误"));
        Apply(register, 3, 3, Mortgage(BankB), new AddPreNotice(UnitA, PreNoticeKind.Mortgage, BankB, "皖(2025)长丰县不动产证明第0000009号", PreNoticeHolderConsent: true));
        Apply(register, 4, 4, Seizure("(2025)皖0121执1号", 4), Seizure("(2025)皖0104执9号", 4));

        var summary = RegisterStateSummary.From(register.Current);
        var json = JsonSerializer.Serialize(summary, RegisterEffectJson.Options);

        Assert.Equal(["2/3", "1/3"], summary.Ownership!.Holders.Select(h => h.Share));
        Assert.Equal([(1, BankA.Name), (2, BankB.Name)], summary.Mortgages.Select(m => (m.Priority, m.Mortgagee)));
        Assert.Equal("(2025)皖0121执1号", summary.ActiveSeizure!.RulingNumber);
        Assert.Equal("(2025)皖0104执9号", summary.WaitingSeizures.Single().RulingNumber);
        Assert.Equal("Mortgage", summary.PreNotices.Single().What);
        Assert.Equal("lapses 2025-09-17", summary.Objections.Single().Detail);
        Assert.Contains("\"certificateNumber\":\"皖(2025)长丰县不动产权第0000001号\"", json, StringComparison.Ordinal);
        Assert.Null(RegisterStateSummary.From(register.AsOf(At(1, 8))).Ownership);
    }
}
