using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class BurdenEffectTests
{
    [Fact]
    public void Objection_AddAndCancel()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, new AddObjection(UnitA, Party(LiSi), "房屋系共同购买"));
        var lapses = register.Current.Objections.Single().LapsesOn;
        Apply(register, 3, 3, new CancelObjection(UnitA, LiSi.IdNumber));

        Assert.Equal(new DateOnly(2025, 9, 17), lapses);
        Assert.Empty(register.Current.Objections);
    }

    public static TheoryData<string, RegisterEffectCase> Refusals => new()
    {
        { "a holder applies for correction", new(new AddObjection(UnitA, Party(ZhangSan), "错误")) },
        { "no current objection", new(new CancelObjection(UnitA, LiSi.IdNumber)) },
        { "owns the unit", new(new AddResidenceRight(UnitA, Party(ZhangSan))) },
        { "no current residence right", new(new CancelResidenceRight(UnitA, LiSi.IdNumber)) },
        { "no current easement", new(new CancelEasement(UnitA, LiSi.IdNumber)) },
        { "cannot hold an easement over itself", new(new AddEasement(UnitA, Party(LiSi), "通行", UnitA)) },
        { "no current residence right", new(new ChangeResidenceRight(UnitA, LiSi.IdNumber, ForLife: true)) },
        { "no current easement", new(new ChangeEasement(UnitA, LiSi.IdNumber, Purpose: "通行")) },
        { "term end 2025-09-01 is not after", new(new AddResidenceRight(UnitA, Party(LiSi), new DateOnly(2025, 9, 1))) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void BurdenEffects_BadRequests_AreRefused(string expected, RegisterEffectCase effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        var register = OwnedByZhangSan();
        var count = register.Entries.Count;

        var ex = Refused(register, 2, 2, effect.Effect);

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.Equal(count, register.Entries.Count);
    }

    [Fact]
    public void ResidenceRight_AddAndCancel()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, new AddResidenceRight(UnitA, Party(LiSi), null, "不得出租", "皖(2025)长丰县不动产证明第0000005号"));
        var right = register.Current.ResidenceRights.Single();
        Apply(register, 3, 3, new CancelResidenceRight(UnitA, LiSi.IdNumber));

        Assert.Equal("不得出租", right.Conditions);
        Assert.Empty(register.Current.ResidenceRights);
    }

    [Fact]
    public void ResidenceRight_OnSeizedUnit_IsRefused()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));

        var ex = Refused(register, 3, 3, new AddResidenceRight(UnitA, Party(LiSi)));

        Assert.Contains("seized", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Easement_AddAndCancel()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, new AddEasement(UnitA, Party(LiSi), "通行", UnitB));
        var easement = register.Current.Easements.Single();
        Apply(register, 3, 3, new CancelEasement(UnitA, LiSi.IdNumber));

        Assert.Equal(UnitB, easement.BenefitingUnit!.Value);
        Assert.Empty(register.Current.Easements);
    }

    [Fact]
    public void ResidenceRight_ChangeTermAndConditions_KeepsTheHolder()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, new AddResidenceRight(UnitA, Party(LiSi), new DateOnly(2030, 1, 1), "不得出租"));

        Apply(register, 3, 3, new ChangeResidenceRight(UnitA, LiSi.IdNumber, ForLife: true, Conditions: "可出租"));

        var right = register.Current.ResidenceRights.Single();
        Assert.Equal("李四", right.Holder.Name);
        Assert.Null(right.TermEnd);
        Assert.Equal("可出租", right.Conditions);
        Assert.Equal(new DateOnly(2030, 1, 1), register.AsOf(At(2, 12)).ResidenceRights.Single().TermEnd);
    }

    [Fact]
    public void Easement_ChangePurpose_IsRecorded()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, new AddEasement(UnitA, Party(LiSi), "通行", UnitB));

        Apply(register, 3, 3, new ChangeEasement(UnitA, LiSi.IdNumber, Purpose: "通行、埋设管线"));

        Assert.Equal("通行、埋设管线", register.Current.Easements.Single().Purpose);
        Assert.Equal(UnitB, register.Current.Easements.Single().BenefitingUnit!.Value);
    }
}
