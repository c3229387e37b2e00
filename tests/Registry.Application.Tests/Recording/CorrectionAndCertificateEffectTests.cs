using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Domain.Register;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class CorrectionAndCertificateEffectTests
{
    [Fact]
    public void CorrectOwnership_KeepsHistory_AsOfBeforeShowsTheOldValue()
    {
        var register = OwnedByZhangSan();

        var result = Apply(register, 2, 5, new CorrectOwnership(UnitA, [LiSi]));

        Assert.Equal("李四", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal("张三", register.AsOf(At(4)).Ownership!.Holders[0].Party.Name);
        var wrong = result.Outcomes[0].Closed.Single();
        Assert.Equal(Case(2), wrong.ClosedByCaseNumber);
        Assert.Equal(Case(2), result.Outcomes[0].Appended.Single().CaseNumber);
        Assert.Equal(2, register.Entries.Count);
    }

    [Fact]
    public void CorrectOwnership_AfterALaterMortgage_IsBarred()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));

        var ex = Refused(register, 3, 3, new CorrectOwnership(UnitA, [LiSi]));

        Assert.Contains("COR-01", ex.Reason, StringComparison.Ordinal);
        Assert.Equal("张三", register.Current.Ownership!.Holders[0].Party.Name);
    }

    [Fact]
    public void CorrectMortgage_AmountAsItShouldHaveBeen_KeepsPriority()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA, 100000m));
        Apply(register, 3, 3, Mortgage(BankB, 200000m));

        Apply(register, 4, 4, new CorrectMortgage(UnitA, Priority: 1, Amount: 110000m));

        Assert.Equal(110000m, register.Current.Mortgages[0].Amount);
        Assert.Equal(100000m, register.AsOf(At(3, 12)).Mortgages[0].Amount);
    }

    [Fact]
    public void ReissueCertificate_Ownership_NewNumberOldVoided()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, new ReissueCertificate(UnitA, CertificateTarget.Ownership, "皖(2025)长丰县不动产权第0000777号"));

        Assert.Equal("皖(2025)长丰县不动产权第0000777号", register.Current.Ownership!.CertificateNumber!.ToString());
        var old = register.Entries.OfType<OwnershipEntry>().Single(e => !e.IsCurrent);
        Assert.Equal("皖(2025)长丰县不动产权第0000001号", old.CertificateNumber!.ToString());
        Assert.Equal(Case(2), old.ClosedByCaseNumber);
    }

    [Fact]
    public void ReissueCertificate_MortgageProof_KeepsThePriority()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));
        Apply(register, 3, 3, Mortgage(BankB));

        Apply(register, 4, 4, new ReissueCertificate(UnitA, CertificateTarget.Mortgage, "皖(2025)长丰县不动产证明第0000888号", CertificateReissueReason.Damaged, BankA.IdNumber));

        Assert.Equal(BankA.Name, register.Current.Mortgages[0].Mortgagee.Name);
        Assert.Equal("皖(2025)长丰县不动产证明第0000888号", register.Current.Mortgages[0].ProofNumber!.ToString());
    }

    public static TheoryData<string, RegisterEffectCase> Refusals => new()
    {
        { "needs a Right number", new(new ReissueCertificate(UnitA, CertificateTarget.Ownership, "皖(2025)长丰县不动产证明第0000777号")) },
        { "already recorded", new(new ReissueCertificate(UnitA, CertificateTarget.Ownership, "皖(2025)长丰县不动产权第0000001号")) },
        { "does not match", new(new ReissueCertificate(UnitA, CertificateTarget.Ownership, "第7号")) },
        { "no current mortgage", new(new ReissueCertificate(UnitA, CertificateTarget.Mortgage, "皖(2025)长丰县不动产证明第0000777号", Priority: 1)) },
        { "nothing to correct", new(new CorrectOwnership(UnitA)) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void CertificateAndCorrection_BadRequests_AreRefused(string expected, RegisterEffectCase effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        var register = OwnedByZhangSan();

        var ex = Refused(register, 2, 2, effect.Effect);

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.Single(register.Entries);
    }
}
