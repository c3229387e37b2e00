using System.Text.Json;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Review.Facts;
using Registry.Domain.Register;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class RegisterEffectApplierTests
{
    [Fact]
    public void Apply_LaterEffectRefused_RollsBackEveryRegister()
    {
        var a = OwnedByZhangSan(UnitA);
        var b = OwnedByZhangSan(UnitB);
        Applier().Apply([b], [Seizure("(2025)皖0121执1号", 2, UnitB)], Ctx(2, 2));
        var entriesA = a.Entries.Count;
        var entriesB = b.Entries.Count;

        var ex = Assert.Throws<RegisterEffectRefusedException>(() => Applier().Apply(
            [a, b],
            [new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [LiSi]), Mortgage(BankA, unit: UnitB)],
            Ctx(3, 3)));

        Assert.Equal(nameof(AddMortgage), ex.Effect);
        Assert.Equal(1, ex.Index);
        Assert.Equal(UnitB, ex.Unit);
        Assert.StartsWith($"AddMortgage (effect 2) on unit {UnitB} refused: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(entriesA, a.Entries.Count);
        Assert.Equal(entriesB, b.Entries.Count);
        Assert.Equal("张三", a.Current.Ownership!.Holders[0].Party.Name);
        Assert.True(a.Current.Ownership.IsCurrent);
    }

    [Fact]
    public void Apply_Exchange_TransfersBothUnitsInOneBooking()
    {
        var a = OwnedByZhangSan(UnitA);
        var b = Open(UnitB);
        Applier().Apply([b], [new CreateOwnership(UnitB, RightType, CoOwnership.Sole, [LiSi])], Ctx(2, 2));

        var result = Applier().Apply([a, b],
            [new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [LiSi]), new TransferOwnership(UnitB, [LiSi.IdNumber], CoOwnership.Sole, [ZhangSan])],
            Ctx(3, 3));

        Assert.Equal("李四", a.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal("张三", b.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(At(3), result.RecordedAt);
        Assert.All(result.Outcomes, o => Assert.Single(o.Closed));
    }

    [Theory]
    [InlineData("340121261006GB00014F99999999", "was not loaded")]
    [InlineData("12345", "unit code")]
    public void Apply_UnitNotLoadedOrMalformed_IsRefused(string unit, string expected)
    {
        var register = OwnedByZhangSan();

        var ex = Refused(register, 2, 2, new CancelObjection(unit, LiSi.IdNumber));

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_WithoutRecordedAt_UsesTheTimeProvider()
    {
        var register = Open();

        var result = Applier().Apply([register], [new CreateOwnership(UnitA, RightType, CoOwnership.Sole, [ZhangSan])], new RecordingContext(Case(1), At(19)));

        Assert.Equal(At(20), result.RecordedAt);
        Assert.Equal(At(20), register.Current.Ownership!.RecordedAt);
    }

    [Fact]
    public void Apply_AcceptedAfterBooking_IsRejectedBeforeAnyEffect()
    {
        var register = Open();

        var ex = Assert.Throws<ArgumentException>(() => Applier().Apply([register], [new CreateOwnership(UnitA, RightType, CoOwnership.Sole, [ZhangSan])], new RecordingContext(Case(1), At(5), At(4))));

        Assert.Contains("after the booking instant", ex.Message, StringComparison.Ordinal);
        Assert.Empty(register.Entries);
    }

    [Fact]
    public void Apply_PartyWithBadId_IsRefusedNamingTheField()
    {
        var register = OwnedByZhangSan();

        var ex = Refused(register, 2, 2, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [new HolderSpec("李四", "340121198001010028")]));

        Assert.Contains("holders[0]", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitsOf_ListsDistinctUnits()
    {
        var units = RegisterEffects.UnitsOf([Mortgage(BankA), Mortgage(BankB), Mortgage(BankA, unit: UnitB)]);

        Assert.Equal([UnitA, UnitB], units.Select(u => u.Value));
    }

    public static TheoryData<RegisterEffectCase> EveryEffect => new()
    {
        new(new CreateOwnership(UnitA, RightType, CoOwnership.ByShares, [ZhangSan with { Share = "1/2" }, LiSi with { Share = "1/2" }], "皖(2025)长丰县不动产权第0000001号", new DateOnly(2000, 1, 1), new DateOnly(2070, 1, 1))),
        new(new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [LiSi], PreNoticeHolderConsent: true)),
        new(new ChangeOwnership(UnitA, CoOwnership: CoOwnership.Joint)),
        new(new CancelOwnership(UnitA, "灭失")),
        new(Mortgage(BankA) with { AcceptedAt = At(3) }),
        new(new ChangeMortgage(UnitA, Priority: 1, Amount: 5m, Kind: MortgageKind.General)),
        new(new TransferMortgage(UnitA, BankB, MortgageeIdNumber: BankA.IdNumber)),
        new(new CancelMortgage(UnitA, All: true)),
        new(Seizure("(2025)皖0121执1号", 2)),
        new(new LiftSeizure(UnitA, "(2025)皖0121执1号")),
        new(new RenewSeizure(UnitA, "(2025)皖0121执1号", new DateOnly(2031, 1, 1))),
        new(new AddPreNotice(UnitA, PreNoticeKind.PurchaseMortgage, BankA)),
        new(new ChangePreNotice(UnitA, Party(WangWu), LiSi.IdNumber)),
        new(new CancelPreNotice(UnitA, Kind: PreNoticeKind.Transfer)),
        new(new ConvertPreNoticeToOwnership(UnitA, CoOwnership.Sole, [LiSi])),
        new(new ConvertPreNoticeToMortgage(UnitA, BankA.IdNumber, 1m, DebtStart, DebtEnd)),
        new(new AddObjection(UnitA, Party(LiSi), "理由")),
        new(new CancelObjection(UnitA, EntryId: Guid.Parse("0199a3b2-0000-7000-8000-000000000001"))),
        new(new AddResidenceRight(UnitA, Party(LiSi), new DateOnly(2040, 1, 1))),
        new(new ChangeResidenceRight(UnitA, LiSi.IdNumber, ForLife: true)),
        new(new CancelResidenceRight(UnitA, LiSi.IdNumber)),
        new(new AddEasement(UnitA, Party(LiSi), "通行", UnitB)),
        new(new AddEasementBenefit(UnitB, UnitA, Party(LiSi), "通行")),
        new(new ChangeMortgage(UnitA, Priority: 2, NewPriority: 1, GuaranteeScope: "主债权、利息", DebtorName: "王五", DebtorIdNumber: WangWu.IdNumber)),
        new(new ChangeEasement(UnitA, LiSi.IdNumber, Purpose: "通行、埋设管线")),
        new(new CancelEasement(UnitA, LiSi.IdNumber)),
        new(new CorrectOwnership(UnitA, [LiSi])),
        new(new CorrectMortgage(UnitA, Priority: 1, Mortgagee: BankB)),
        new(new ReissueCertificate(UnitA, CertificateTarget.Easement, "皖(2025)长丰县不动产证明第0000777号", CertificateReissueReason.Damaged, LiSi.IdNumber)),
    };

    [Theory]
    [MemberData(nameof(EveryEffect))]
    public void Json_EveryEffect_RoundTrips(RegisterEffectCase effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        var json = RegisterEffectJson.Serialize(effect.Effect);

        var back = RegisterEffectJson.Deserialize(json);

        Assert.Equal(effect.Effect.GetType(), back.GetType());
        Assert.Equal(json, RegisterEffectJson.Serialize(back));
        Assert.Contains($"\"effect\":\"{effect.Effect.Name}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_EveryDeclaredEffectIsCovered()
    {
        var covered = ((IEnumerable<object[]>)EveryEffect).Select(row => ((RegisterEffectCase)row[0]).Effect.Name).ToHashSet();

        Assert.Equal(RegisterEffectJson.Parameters.Keys.Order(), covered.Order());
        Assert.True(RegisterEffectJson.Parameters.Count >= 27);
    }

    [Theory]
    [InlineData("""{"effect":"AddSeizure","unit":"x"}""", "authority")]
    [InlineData("""{"effect":"Demolish","unit":"x"}""", "Demolish")]
    [InlineData("""{"effect":"CancelObjection","unit":"x","applicant":"y"}""", "applicant")]
    [InlineData("""{"effect":"AddMortgage","unit":"x","kind":"Huge","mortgagee":{"name":"a","idNumber":"b"},"amount":1,"debtStart":"2025-01-01","debtEnd":"2026-01-01"}""", "kind")]
    public void Json_BadEffect_NamesTheProblem(string json, string expected)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => RegisterEffectJson.Deserialize(json));

        Assert.Contains(expected, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Json_DiscriminatorAfterTheParameters_IsRead()
    {
        var effect = RegisterEffectJson.Deserialize($$"""{"unit": "{{UnitA}}", "applicantIdNumber": "{{LiSi.IdNumber}}", "effect": "CancelObjection"}""");

        Assert.Equal(LiSi.IdNumber, Assert.IsType<CancelObjection>(effect).ApplicantIdNumber);
    }

    [Fact]
    public void Json_ListFromAScenario_Applies()
    {
        var register = OwnedByZhangSan();
        var effects = RegisterEffectJson.DeserializeList($$"""
            [
              {"effect": "AddMortgage", "unit": "{{UnitA}}", "kind": "MaximumAmount", "mortgagee": {"name": "{{BankA.Name}}", "idNumber": "{{BankA.IdNumber}}"},
               "amount": 1000000, "debtStart": "2025-09-01", "debtEnd": "2030-09-01"},
              {"effect": "AddSeizure", "unit": "{{UnitA}}", "authority": "长丰县人民法院", "rulingNumber": "(2025)皖0121执5号"}
            ]
            """);

        Applier().Apply([register], effects, Ctx(2, 2));

        Assert.Equal(MortgageKind.MaximumAmount, register.Current.Mortgages.Single().MortgageKind);
        Assert.Equal(At(2, 8), register.Current.ActiveSeizure!.DeliveredAt);
    }
}
