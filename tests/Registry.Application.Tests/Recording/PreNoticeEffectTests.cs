using Registry.Application.Recording.Effects;
using Registry.Application.Review.Facts;
using Registry.Domain.Register;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class PreNoticeEffectTests
{
    private static Registry.Domain.Register.UnitRegister WithTransferPreNoticeForLiSi()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, new AddPreNotice(UnitA, PreNoticeKind.Transfer, Party(LiSi)));
        return register;
    }

    [Fact]
    public void PreNotice_BlocksASaleToSomeoneElse()
    {
        var register = WithTransferPreNoticeForLiSi();

        var ex = Refused(register, 3, 3, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [WangWu]));

        Assert.Contains("pre-notice", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("李四", ex.Reason, StringComparison.Ordinal);
        Assert.Equal("张三", register.Current.Ownership!.Holders[0].Party.Name);
    }

    [Fact]
    public void PreNotice_WithHolderConsent_AllowsTheSale()
    {
        var register = WithTransferPreNoticeForLiSi();

        Apply(register, 3, 3, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [WangWu], PreNoticeHolderConsent: true));

        Assert.Equal("王五", register.Current.Ownership!.Holders[0].Party.Name);
    }

    [Fact]
    public void PreNotice_ConvertsForItsHolder()
    {
        var register = WithTransferPreNoticeForLiSi();

        Apply(register, 3, 3, new ConvertPreNoticeToOwnership(UnitA, CoOwnership.Sole, [LiSi], CertificateNumber: "皖(2025)长丰县不动产权第0000002号"));

        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Empty(register.Current.PreNotices);
    }

    [Fact]
    public void PreNotice_ConvertForSomeoneElse_IsRefused()
    {
        var register = WithTransferPreNoticeForLiSi();

        var ex = Refused(register, 3, 3, new ConvertPreNoticeToOwnership(UnitA, CoOwnership.Sole, [WangWu], WangWu.IdNumber));

        Assert.Contains("no purchase or transfer pre-notice for", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PreNotice_BlocksAMortgageToSomeoneElse_AndASecondPurchasePreNotice()
    {
        var register = WithTransferPreNoticeForLiSi();

        var mortgage = Refused(register, 3, 3, Mortgage(BankA));
        var second = Refused(register, 3, 3, new AddPreNotice(UnitA, PreNoticeKind.Transfer, Party(WangWu)));

        Assert.Contains("PRE-01", mortgage.Reason, StringComparison.Ordinal);
        Assert.Contains("PRE-01", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DoublePreNotice_ThenPreNoticeToMain_ConvertsBothAndTheMortgageKeepsItsRank()
    {
        // Developer owns the flat (首登 done); buyer 李四 and bank A hold the double pre-notice; bank B takes a mortgage
        // with the developer's consent in between; on 期转现 bank A's mortgage ranks first because its pre-notice came first.
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, new AddPreNotice(UnitA, PreNoticeKind.Purchase, Party(LiSi)), new AddPreNotice(UnitA, PreNoticeKind.PurchaseMortgage, BankA));
        Apply(register, 3, 3, Mortgage(BankB) with { PreNoticeHolderConsent = true });

        Apply(register, 4, 4,
            new ConvertPreNoticeToOwnership(UnitA, CoOwnership.Sole, [LiSi]),
            new ConvertPreNoticeToMortgage(UnitA, BankA.IdNumber, 500000m, DebtStart, DebtEnd));

        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal([BankA.Name, BankB.Name], register.Current.Mortgages.Select(m => m.Mortgagee.Name));
        Assert.Empty(register.Current.PreNotices);
    }

    [Fact]
    public void PurchaseMortgagePreNotice_WithoutPurchasePreNotice_IsRefused()
    {
        var register = OwnedByZhangSan();

        var ex = Refused(register, 2, 2, new AddPreNotice(UnitA, PreNoticeKind.PurchaseMortgage, BankA));

        Assert.Contains("PRE-05", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertPreNoticeToMortgage_WithoutMortgagePreNotice_IsRefused()
    {
        var register = WithTransferPreNoticeForLiSi();

        var ex = Refused(register, 3, 3, new ConvertPreNoticeToMortgage(UnitA, BankA.IdNumber, 1000m, DebtStart, DebtEnd));

        Assert.Contains("no mortgage pre-notice", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CancelPreNotice_ByHolder_AndAgainIsRefused()
    {
        var register = WithTransferPreNoticeForLiSi();

        Apply(register, 3, 3, new CancelPreNotice(UnitA, LiSi.IdNumber));
        var ex = Refused(register, 4, 4, new CancelPreNotice(UnitA, LiSi.IdNumber));

        Assert.Empty(register.Current.PreNotices);
        Assert.Contains("no current pre-notice", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPreNotice_OnSeizedUnit_IsRefused()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));

        var ex = Refused(register, 3, 3, new AddPreNotice(UnitA, PreNoticeKind.Transfer, Party(LiSi)));

        Assert.Contains("seized", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangePreNotice_ToAnHeir_ThenConvertsForTheHeir()
    {
        var register = WithTransferPreNoticeForLiSi();

        Apply(register, 3, 3, new ChangePreNotice(UnitA, Party(WangWu), LiSi.IdNumber));
        var refused = Refused(register, 4, 4, new ConvertPreNoticeToOwnership(UnitA, CoOwnership.Sole, [LiSi], LiSi.IdNumber));
        Apply(register, 4, 4, new ConvertPreNoticeToOwnership(UnitA, CoOwnership.Sole, [WangWu]));

        Assert.Contains("no purchase or transfer pre-notice", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("王五", register.Current.Ownership!.Holders[0].Party.Name);
    }
}
