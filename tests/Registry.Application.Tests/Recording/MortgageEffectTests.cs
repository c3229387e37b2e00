using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Domain.Register;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class MortgageEffectTests
{
    [Fact]
    public void AddMortgage_Second_RanksAfterTheFirst()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, Mortgage(BankA, 300000m));
        Apply(register, 3, 3, Mortgage(BankB, 100000m) with { Kind = MortgageKind.MaximumAmount });

        Assert.Equal([BankA.Name, BankB.Name], register.Current.Mortgages.Select(m => m.Mortgagee.Name));
        Assert.Equal(MortgageKind.MaximumAmount, register.Current.Mortgages[1].MortgageKind);
    }

    [Fact]
    public void AddMortgage_OnSeizedUnit_IsRefused()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));

        var ex = Refused(register, 3, 3, Mortgage(BankA));

        Assert.Contains("seized by 长丰县人民法院", ex.Reason, StringComparison.Ordinal);
        Assert.Empty(register.Current.Mortgages);
    }

    [Fact]
    public void AddMortgage_WithoutOwnership_IsRefused()
    {
        var register = Open();

        var ex = Refused(register, 1, 1, Mortgage(BankA));

        Assert.Contains("no current ownership", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeMortgage_AmountAndTerm_KeepsPriority()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));
        Apply(register, 3, 3, Mortgage(BankB));

        Apply(register, 4, 4, new ChangeMortgage(UnitA, Priority: 1, Amount: 80000m, DebtEnd: new DateOnly(2040, 9, 1)));

        var first = register.Current.Mortgages[0];
        Assert.Equal(BankA.Name, first.Mortgagee.Name);
        Assert.Equal(80000m, first.Amount);
        Assert.Equal(new DateOnly(2040, 9, 1), first.DebtEnd);
    }

    [Fact]
    public void ChangeMortgage_Crystallise_TurnsMaximumAmountIntoGeneral()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA) with { Kind = MortgageKind.MaximumAmount });

        Apply(register, 3, 3, new ChangeMortgage(UnitA, MortgageeIdNumber: BankA.IdNumber, Kind: MortgageKind.General, Amount: 60000m));

        Assert.Equal(MortgageKind.General, register.Current.Mortgages[0].MortgageKind);
    }

    [Fact]
    public void TransferMortgage_KeepsPriorityAndChangesMortgagee()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));
        Apply(register, 3, 3, Mortgage(new PartySpec("合肥科技农村商业银行", CreditCode("91340100MA2N00002"))));

        Apply(register, 4, 4, new TransferMortgage(UnitA, BankB, Priority: 1));

        Assert.Equal(BankB.Name, register.Current.Mortgages[0].Mortgagee.Name);
        Assert.Equal(1, register.PriorityOf(register.Current.Mortgages[0].Id));
        Assert.Equal(2, register.Current.Mortgages.Count);
    }

    public static TheoryData<string, RegisterEffectCase> Refusals => new()
    {
        { "no current mortgage matches priority 3", new(new CancelMortgage(UnitA, Priority: 3)) },
        { "name the mortgage", new(new CancelMortgage(UnitA)) },
        { "already holds this mortgage", new(new TransferMortgage(UnitA, BankA, Priority: 1)) },
        { "nothing to change", new(new ChangeMortgage(UnitA, Priority: 1)) },
        { "cannot become a maximum-amount mortgage", new(new ChangeMortgage(UnitA, Priority: 1, Kind: MortgageKind.MaximumAmount)) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void MortgageEffects_OnWrongTarget_AreRefused(string expected, RegisterEffectCase effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));

        var ex = Refused(register, 3, 3, effect.Effect);

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.Equal(BankA.Name, register.Current.Mortgages.Single().Mortgagee.Name);
    }

    [Fact]
    public void CancelMortgage_NotCurrentAnyMore_IsRefusedAndTheBatchLeavesNothing()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));

        var ex = Refused(register, 3, 3, new CancelMortgage(UnitA, MortgageeIdNumber: BankA.IdNumber), new CancelMortgage(UnitA, MortgageeIdNumber: BankA.IdNumber));

        Assert.Equal(1, ex.Index);
        Assert.Single(register.Current.Mortgages);
    }

    [Fact]
    public void CancelMortgage_First_MovesTheSecondUp()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));
        Apply(register, 3, 3, Mortgage(BankB));

        Apply(register, 4, 4, new CancelMortgage(UnitA, Priority: 1));

        Assert.Equal(BankB.Name, register.Current.Mortgages.Single().Mortgagee.Name);
        Assert.Equal(1, register.PriorityOf(register.Current.Mortgages[0].Id));
    }
}
