using Registry.Domain.Codes;
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
}
