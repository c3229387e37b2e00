using Registry.Application.Recording.Effects;
using Registry.Domain.Register;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class SeizureEffectTests
{
    [Fact]
    public void AddSeizure_SecondOne_Waits()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));
        Apply(register, 3, 3, Seizure("(2025)皖0104执9号", 3));

        Assert.Equal("(2025)皖0121执1号", register.Current.ActiveSeizure!.RulingNumber);
        Assert.Equal("(2025)皖0104执9号", register.Current.WaitingSeizures.Single().RulingNumber);
    }

    [Fact]
    public void AddSeizure_SameRulingTwice_IsRefused()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));

        var ex = Refused(register, 3, 3, Seizure("(2025)皖0121执1号", 3));

        Assert.Contains("already recorded", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LiftSeizure_Active_PromotesTheWaitingOne()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));
        Apply(register, 3, 3, Seizure("(2025)皖0104执9号", 3));
        var waiting = register.Current.WaitingSeizures[0];

        var result = Apply(register, 4, 4, new LiftSeizure(UnitA, "(2025)皖0121执1号"));

        var active = register.Current.ActiveSeizure!;
        Assert.Equal("(2025)皖0104执9号", active.RulingNumber);
        Assert.Equal(waiting.SeizureId, active.SeizureId);
        Assert.Empty(register.Current.WaitingSeizures);
        Assert.Equal(2, result.Outcomes[0].Closed.Count);

        // The waiting seizure was ordered 2025-09-03…2028-09-01; it takes effect on the lifting day (Ctx day 4, China time),
        // and its term counts from then.
        Assert.Equal((new DateOnly(2025, 9, 4), new DateOnly(2028, 9, 2)), (active.Start, active.End));
    }

    [Fact]
    public void LiftSeizure_All_LiftsEveryoneWithoutPromotion()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));
        Apply(register, 3, 3, Seizure("(2025)皖0104执9号", 3));

        Apply(register, 4, 4, new LiftSeizure(UnitA, All: true));

        Assert.Null(register.Current.ActiveSeizure);
        Assert.Empty(register.Current.WaitingSeizures);
    }

    [Theory]
    [InlineData("(2099)不存在", "no current seizure with ruling (2099)不存在")]
    [InlineData(null, "name the seizure")]
    public void LiftSeizure_UnknownRuling_IsRefused(string? ruling, string expected)
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));

        var ex = Refused(register, 3, 3, new LiftSeizure(UnitA, ruling));

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.NotNull(register.Current.ActiveSeizure);
    }

    [Fact]
    public void RenewSeizure_ExtendsTheEnd_AndRefusesAnUnknownRuling()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));

        Apply(register, 3, 3, new RenewSeizure(UnitA, "(2025)皖0121执1号", new DateOnly(2031, 9, 1)));
        var ex = Refused(register, 4, 4, new RenewSeizure(UnitA, "(2025)皖0121执2号", new DateOnly(2031, 9, 1)));

        Assert.Equal(new DateOnly(2031, 9, 1), register.Current.ActiveSeizure!.End);
        Assert.Contains("no current seizure", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CancelMortgage_WhileSeized_IsAllowed()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));
        Apply(register, 3, 3, Seizure("(2025)皖0121执1号", 3));

        Apply(register, 4, 4, new CancelMortgage(UnitA, Priority: 1));

        Assert.Empty(register.Current.Mortgages);
        Assert.Equal(SeizureState.Active, register.Current.ActiveSeizure!.State);
    }
}
