using Registry.Domain.Codes;
using Registry.Domain.Register;
using static Registry.Domain.Tests.TestParties;

namespace Registry.Domain.Tests.Register;

public sealed class UnitRegisterChangesTests
{
    private const string RightType = "国有建设用地使用权/房屋所有权";

    private static UnitRegister Owned()
    {
        var register = UnitRegister.Open(new ImmovableUnit(
            UnitCode.Parse("340121261006GB00014F00220045"), UnitKind.Household, "长丰县水湖镇阳光花园22栋1单元0405室", "住宅", 98.56m));
        register.RecordOwnership(Case(1), At(1), RightType, CoOwnership.Sole, [new RightHolder(ZhangSan)], CertificateNumber.Parse("皖(2025)长丰县不动产权第0000001号"));
        return register;
    }

    private static MortgageEntry Mortgage(UnitRegister r, int seq, int day) =>
        r.AddMortgage(Case(seq), At(day), MortgageKind.General, Bank, 100000m, new DateOnly(2025, 1, 1), new DateOnly(2035, 1, 1), At(day));

    [Fact]
    public void RollbackTo_UndoesAppendsAndClosesAfterTheCheckpoint()
    {
        var register = Owned();
        var before = register.Current.Ownership;
        var checkpoint = register.Checkpoint();

        register.TransferOwnership(Case(2), At(2), CoOwnership.Sole, [new RightHolder(LiSi)]);
        Mortgage(register, 3, 3);
        register.RollbackTo(checkpoint);

        Assert.Single(register.Entries);
        Assert.Same(before, register.Current.Ownership);
        Assert.True(before!.IsCurrent);
        Assert.Single(register.AppendedEntries);
        Assert.Empty(register.ClosedEntries);
    }

    [Fact]
    public void ChangeOwnership_AllowedWhileSeized_KeepsHistory()
    {
        var register = Owned();
        register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执1号", At(2));

        var changed = register.ChangeOwnership(Case(3), At(3), CoOwnership.Sole, [new RightHolder(Person("张叁", "340121198001010019"))], null);

        Assert.Equal("张叁", changed.Holders[0].Party.Name);
        Assert.Equal("张三", register.AsOf(At(2)).Ownership!.Holders[0].Party.Name);
    }

    [Fact]
    public void ChangeMortgage_KeepsPriority()
    {
        var register = Owned();
        var first = Mortgage(register, 2, 2);
        Mortgage(register, 3, 3);

        var changed = register.ChangeMortgage(Case(4), At(4), first.Id, MortgageKind.General, LiSi, 50000m, first.DebtStart, first.DebtEnd, null);

        Assert.Equal(1, register.PriorityOf(changed.Id));
        Assert.Equal(first.AcceptedAt, changed.AcceptedAt);
        Assert.False(first.IsCurrent);
    }

    [Fact]
    public void CancelOwnership_WithMortgage_IsRefused()
    {
        var register = Owned();
        Mortgage(register, 2, 2);

        var ex = Assert.Throws<DomainValidationException>(() => register.CancelOwnership(Case(3), At(3)));

        Assert.Contains("cancel them first", ex.Reason, StringComparison.Ordinal);
        Assert.NotNull(register.Current.Ownership);
    }

    [Fact]
    public void RenewSeizure_ExtendsEndAndKeepsIdentity()
    {
        var register = Owned();
        var seizure = register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执1号", At(2), new DateOnly(2025, 9, 2), new DateOnly(2028, 9, 1));

        var renewed = register.RenewSeizure(Case(3), At(3), seizure.Id, new DateOnly(2031, 9, 1));

        Assert.Equal(seizure.SeizureId, renewed.SeizureId);
        Assert.Equal(new DateOnly(2031, 9, 1), register.Current.ActiveSeizure!.End);
        Assert.Throws<DomainValidationException>(() => register.RenewSeizure(Case(4), At(4), renewed.Id, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void ConvertPreNoticeToOwnership_ForAnotherHolder_IsRefused()
    {
        var register = Owned();
        var notice = register.AddPreNotice(Case(2), At(2), "不动产转移预告登记", LiSi);

        Assert.Throws<DomainValidationException>(() => register.ConvertPreNoticeToOwnership(Case(3), At(3), notice.Id, CoOwnership.Sole, [new RightHolder(WangWu)], null, RightType));
        var entry = register.ConvertPreNoticeToOwnership(Case(3), At(3), notice.Id, CoOwnership.Sole, [new RightHolder(LiSi)], null, RightType);

        Assert.Same(entry, register.Current.Ownership);
        Assert.Empty(register.Current.PreNotices);
    }

    [Fact]
    public void ConvertPreNoticeToMortgage_RanksFromThePreNotice()
    {
        var register = Owned();
        var notice = register.AddPreNotice(Case(2), At(2), "不动产抵押预告登记", Bank);
        var later = Mortgage(register, 3, 3);

        var converted = register.ConvertPreNoticeToMortgage(Case(4), At(4), notice.Id, MortgageKind.General, 300000m, new DateOnly(2025, 9, 1), new DateOnly(2045, 9, 1), null);

        Assert.Equal(1, register.PriorityOf(converted.Id));
        Assert.Equal(2, register.PriorityOf(later.Id));
    }

    [Fact]
    public void ReissueCertificate_ClosesOldAndKeepsOldNumberInHistory()
    {
        var register = Owned();
        var old = register.Current.Ownership!;
        var number = CertificateNumber.Parse("皖(2025)长丰县不动产权第0000099号");

        var reissued = (OwnershipEntry)register.ReissueCertificate(Case(2), At(2), old.Id, number);

        Assert.Equal(number, reissued.CertificateNumber);
        Assert.Equal(Case(2), old.ClosedByCaseNumber);
        Assert.Equal("皖(2025)长丰县不动产权第0000001号", register.AsOf(At(1)).Ownership!.CertificateNumber!.ToString());
    }

    [Theory]
    [InlineData("皖(2025)长丰县不动产证明第0000099号", "Right")]
    [InlineData("皖(2025)长丰县不动产权第0000001号", "already recorded")]
    public void ReissueCertificate_WrongSeriesOrSameNumber_IsRefused(string number, string expected)
    {
        var register = Owned();

        var ex = Assert.Throws<DomainValidationException>(() => register.ReissueCertificate(Case(2), At(2), register.Current.Ownership!.Id, CertificateNumber.Parse(number)));

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.Single(register.Entries);
    }
}
