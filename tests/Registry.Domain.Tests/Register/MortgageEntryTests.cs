using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;
using static Registry.Domain.Tests.TestParties;

namespace Registry.Domain.Tests.Register;

/// <summary>A mortgage entry records its mortgagors (抵押人) and whether transfer of the property is restricted (Civil Code 406).</summary>
public sealed class MortgageEntryTests
{
    private static UnitRegister Owned()
    {
        var register = UnitRegister.Open(new ImmovableUnit(
            UnitCode.Parse("340121261006GB00014F00220045"), UnitKind.Household, "长丰县水湖镇阳光花园22栋1单元0405室", "住宅", 98.56m));
        register.RecordOwnership(Case(1), At(1), "国有建设用地使用权/房屋所有权", CoOwnership.Joint, [new RightHolder(ZhangSan), new RightHolder(LiSi)]);
        return register;
    }

    [Fact]
    public void AddMortgage_WithoutMortgagors_RecordsTheOwners_AndNoRestriction()
    {
        var m = Owned().AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m, new(2025, 1, 1), new(2035, 1, 1), At(2));

        Assert.Equal([ZhangSan, LiSi], m.Mortgagors);
        Assert.False(m.TransferRestricted);
    }

    [Fact]
    public void AddMortgage_NamedMortgagors_AndRestriction_AreRecorded_AndDescribed()
    {
        var m = Owned().AddMortgage(Case(2), At(2), MortgageKind.MaximumAmount, Bank, 100_000m, new(2025, 1, 1), new(2035, 1, 1), At(2),
            mortgagors: [LiSi], transferRestricted: true);

        Assert.Equal([LiSi], m.Mortgagors);
        Assert.True(m.TransferRestricted);
        Assert.Contains(LiSi.Name, m.Describe(), StringComparison.Ordinal);
        Assert.Contains("transfer restricted", m.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddMortgage_MortgageeAmongMortgagors_IsRefusedNamingTheField()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Owned().AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m, new(2025, 1, 1), new(2035, 1, 1), At(2),
            mortgagors: [ZhangSan, Bank]));

        Assert.Equal("mortgagors", ex.Field);
    }

    [Fact]
    public void ChangeMortgage_KeepsMortgagorsAndRestriction_UnlessGiven()
    {
        var register = Owned();
        var m = register.AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m, new(2025, 1, 1), new(2035, 1, 1), At(2), transferRestricted: true);

        var kept = register.ChangeMortgage(Case(3), At(3), m.Id, MortgageKind.General, Bank, 200_000m, m.DebtStart, m.DebtEnd, null);
        var changed = register.ChangeMortgage(Case(4), At(4), kept.Id, MortgageKind.General, Bank, 200_000m, m.DebtStart, m.DebtEnd, null, [WangWu], transferRestricted: false);

        Assert.Equal([ZhangSan, LiSi], kept.Mortgagors);
        Assert.True(kept.TransferRestricted);
        Assert.Equal([WangWu], changed.Mortgagors);
        Assert.False(changed.TransferRestricted);
        Assert.Equal(1, register.PriorityOf(changed.Id));
    }

    [Fact]
    public void ChangeMortgageRank_MovesTheThirdToFirst_AsAJournaledReplacement_KeepingEverythingElse()
    {
        var register = Owned();
        var first = register.AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m, new(2025, 1, 1), new(2035, 1, 1), At(2));
        var second = register.AddMortgage(Case(3), At(3), MortgageKind.General, Bank2, 200_000m, new(2025, 1, 1), new(2035, 1, 1), At(3));
        var third = register.AddMortgage(Case(4), At(4), MortgageKind.General, Bank3, 300_000m, new(2025, 1, 1), new(2035, 1, 1), At(4),
            details: new MortgageDetails(GuaranteeScope.Principal, WangWu));

        var moved = register.ChangeMortgageRank(Case(5), At(5), third.Id, 1);

        Assert.Equal([moved.Id, first.Id, second.Id], register.Current.Mortgages.Select(m => m.Id));
        Assert.False(third.IsCurrent);
        Assert.Equal(Case(5), third.ClosedByCaseNumber);
        Assert.Equal((third.Amount, third.AcceptedAt, third.Details), (moved.Amount, moved.AcceptedAt, moved.Details));
        Assert.Equal([first.Id, second.Id, third.Id], register.AsOf(At(4, 12)).Mortgages.Select(m => m.Id));

        // Moving down: the first goes between the others; a later change keeps the agreed rank.
        var down = register.ChangeMortgageRank(Case(6), At(6), moved.Id, 2);
        var changed = register.ChangeMortgage(Case(7), At(7), down.Id, MortgageKind.General, Bank3, 350_000m, down.DebtStart, down.DebtEnd, null);
        Assert.Equal([first.Id, changed.Id, second.Id], register.Current.Mortgages.Select(m => m.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(2)]
    public void ChangeMortgageRank_ToARankThatDoesNotExistOrItsOwn_IsRefused_AndNothingIsWritten(int newPriority)
    {
        var register = Owned();
        register.AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m, new(2025, 1, 1), new(2035, 1, 1), At(2));
        var second = register.AddMortgage(Case(3), At(3), MortgageKind.General, Bank2, 200_000m, new(2025, 1, 1), new(2035, 1, 1), At(3));
        var count = register.Entries.Count;

        var ex = Assert.Throws<DomainValidationException>(() => register.ChangeMortgageRank(Case(4), At(4), second.Id, newPriority));

        Assert.Equal("newPriority", ex.Field);
        Assert.Equal(count, register.Entries.Count);
    }

    [Fact]
    public void MortgageDetails_WithoutThePrincipal_OrWithTheMortgageeAsDebtor_AreRefused()
    {
        Assert.Equal("guaranteeScope", Assert.Throws<DomainValidationException>(() => Owned().AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m,
            new(2025, 1, 1), new(2035, 1, 1), At(2), details: new MortgageDetails(GuaranteeScope.Interest))).Field);
        Assert.Equal("debtor", Assert.Throws<DomainValidationException>(() => Owned().AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m,
            new(2025, 1, 1), new(2035, 1, 1), At(2), details: new MortgageDetails(Debtor: Bank))).Field);
    }

    private static Organisation Bank2 => new("中国工商银行股份有限公司长丰支行", UnifiedSocialCreditCode.Parse(Credit("91340121MA2N00002")));

    private static Organisation Bank3 => new("长丰农村商业银行股份有限公司", UnifiedSocialCreditCode.Parse(Credit("91340121MA2N00006")));

    private static string Credit(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
}
