using Registry.Domain.Codes;
using Registry.Domain.Register;
using static Registry.Domain.Tests.TestParties;

namespace Registry.Domain.Tests;

public sealed class UnitRegisterTests
{
    private static UnitRegister NewRegister() => UnitRegister.Open(new ImmovableUnit(
        UnitCode.Parse("340121261006GB00014F00220045"), UnitKind.Household, "长丰县水湖镇阳光花园22栋1单元0405室", "住宅", 98.56m));

    private static UnitRegister OwnedByZhangSan()
    {
        var register = NewRegister();
        register.RecordOwnership(Case(1), At(1), "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new RightHolder(ZhangSan)]);
        return register;
    }

    [Fact]
    public void RecordOwnership_SecondCurrentOwnership_IsRefused()
    {
        var register = OwnedByZhangSan();

        var ex = Assert.Throws<DomainValidationException>(() =>
            register.RecordOwnership(Case(2), At(2), "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new RightHolder(LiSi)]));

        Assert.Equal("ownership", ex.Field);
        Assert.Contains("already has a current ownership", ex.Reason, StringComparison.Ordinal);
        Assert.Single(register.Entries);
    }

    [Fact]
    public void RecordOwnership_SharesNotSummingToOne_IsRefusedNamingShares()
    {
        var register = NewRegister();

        var ex = Assert.Throws<DomainValidationException>(() => register.RecordOwnership(Case(1), At(1), "房屋所有权", CoOwnership.ByShares,
            [new RightHolder(ZhangSan, Share.Of(1, 2)), new RightHolder(LiSi, Share.Of(1, 3))]));

        Assert.Equal("holders", ex.Field);
        Assert.Equal("shares 1/2 + 1/3 add up to 5/6, not 1", ex.Reason);
        Assert.Empty(register.Entries);
    }

    [Fact]
    public void RecordOwnership_JointWithShares_IsRefused()
    {
        var register = NewRegister();

        var ex = Assert.Throws<DomainValidationException>(() => register.RecordOwnership(Case(1), At(1), "房屋所有权", CoOwnership.Joint,
            [new RightHolder(ZhangSan, Share.Of(1, 2)), new RightHolder(LiSi, Share.Of(1, 2))]));

        Assert.Contains("joint co-ownership (共同共有) carries no shares", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordOwnership_SoleWithTwoHolders_IsRefused()
    {
        var register = NewRegister();

        var ex = Assert.Throws<DomainValidationException>(() => register.RecordOwnership(Case(1), At(1), "房屋所有权", CoOwnership.Sole,
            [new RightHolder(ZhangSan), new RightHolder(LiSi)]));

        Assert.Equal("coOwnership", ex.Field);
    }

    [Fact]
    public void RecordOwnership_ByValidShares_KeepsShares()
    {
        var register = NewRegister();

        var entry = register.RecordOwnership(Case(1), At(1), "房屋所有权", CoOwnership.ByShares,
            [new RightHolder(ZhangSan, Share.Of(2, 3)), new RightHolder(LiSi, Share.Of(1, 3))]);

        Assert.Equal(Share.Of(2, 3), entry.Holders[0].Share);
        Assert.Same(entry, register.Current.Ownership);
    }

    [Fact]
    public void TransferOwnership_ClosesOldEntryAndAppendsNew()
    {
        var register = OwnedByZhangSan();
        var old = register.Current.Ownership!;

        var next = register.TransferOwnership(Case(2), At(5), CoOwnership.Joint, [new RightHolder(LiSi), new RightHolder(WangWu)]);

        Assert.Equal(2, register.Entries.Count);
        Assert.Equal(At(5), old.ClosedAt);
        Assert.Equal(Case(2), old.ClosedByCaseNumber);
        Assert.Same(next, register.Current.Ownership);
    }

    [Fact]
    public void TransferOwnership_InvalidNewHolders_LeavesOldOwnershipCurrent()
    {
        var register = OwnedByZhangSan();

        Assert.Throws<DomainValidationException>(() => register.TransferOwnership(Case(2), At(5), CoOwnership.ByShares,
            [new RightHolder(LiSi, Share.Of(1, 2)), new RightHolder(WangWu, Share.Of(1, 4))]));

        Assert.Single(register.Entries);
        Assert.True(register.Entries[0].IsCurrent);
    }

    [Fact]
    public void TransferOwnership_WhileSeized_IsRefused()
    {
        var register = OwnedByZhangSan();
        register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执100号", At(2, 8));

        var ex = Assert.Throws<DomainValidationException>(() => register.TransferOwnership(Case(3), At(3), CoOwnership.Sole, [new RightHolder(LiSi)]));

        Assert.Equal("seizure", ex.Field);
    }

    [Fact]
    public void AddMortgage_WithActiveSeizure_IsRefused()
    {
        var register = OwnedByZhangSan();
        register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执100号", At(2, 8));

        var ex = Assert.Throws<DomainValidationException>(() =>
            register.AddMortgage(Case(3), At(3), MortgageKind.General, Bank, 500_000m, new DateOnly(2025, 9, 3), new DateOnly(2045, 9, 2), At(3, 8)));

        Assert.Equal("seizure", ex.Field);
        Assert.Contains("no mortgage can be added", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMortgage_AmountWithThreeDecimals_IsRefused()
    {
        var register = OwnedByZhangSan();

        var ex = Assert.Throws<DomainValidationException>(() =>
            register.AddMortgage(Case(3), At(3), MortgageKind.General, Bank, 100.005m, new DateOnly(2025, 9, 3), new DateOnly(2045, 9, 2), At(3, 8)));

        Assert.Equal("amount", ex.Field);
    }

    [Fact]
    public void AddMortgage_BookedOutOfAcceptanceOrder_PriorityFollowsAcceptance()
    {
        var register = OwnedByZhangSan();
        var debtStart = new DateOnly(2025, 9, 3);
        var later = register.AddMortgage(Case(3), At(3), MortgageKind.General, Bank, 300_000m, debtStart, debtStart.AddYears(10), acceptedAt: At(2, 15));
        var earlier = register.AddMortgage(Case(2), At(4), MortgageKind.MaximumAmount, Bank, 800_000m, debtStart, debtStart.AddYears(5), acceptedAt: At(2, 10));

        Assert.Equal(1, register.PriorityOf(earlier.Id));
        Assert.Equal(2, register.PriorityOf(later.Id));

        register.CancelMortgage(Case(5), At(6), earlier.Id);

        Assert.Equal(1, register.PriorityOf(later.Id));
    }

    [Fact]
    public void AddSeizure_WhileOneIsActive_WaitsInDeliveryOrder()
    {
        var register = OwnedByZhangSan();
        var active = register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执100号", At(2, 8));
        var laterDelivered = register.AddSeizure(Case(3), At(3), "合肥市中级人民法院", "(2025)皖01执200号", At(3, 8));
        var earlierDelivered = register.AddSeizure(Case(4), At(4), "肥东县人民法院", "(2025)皖0122执300号", At(2, 20));

        Assert.Equal(SeizureState.Active, active.State);
        Assert.Equal(SeizureState.Waiting, laterDelivered.State);
        Assert.Equal([earlierDelivered.Id, laterDelivered.Id], register.Current.WaitingSeizures.Select(s => s.Id));
    }

    [Fact]
    public void LiftSeizure_ActiveOne_PromotesHeadOfQueue()
    {
        var register = OwnedByZhangSan();
        var active = register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执100号", At(2, 8));
        var second = register.AddSeizure(Case(3), At(3), "合肥市中级人民法院", "(2025)皖01执200号", At(3, 8));
        var third = register.AddSeizure(Case(4), At(4), "肥东县人民法院", "(2025)皖0122执300号", At(4, 8));

        var promoted = register.LiftSeizure(Case(5), At(6), active.Id);

        Assert.NotNull(promoted);
        Assert.Equal(second.SeizureId, promoted.SeizureId);
        Assert.Equal(SeizureState.Active, promoted.State);
        Assert.Equal(At(6), second.ClosedAt);
        var now = register.Current;
        Assert.Equal(promoted.Id, now.ActiveSeizure!.Id);
        Assert.Equal([third.Id], now.WaitingSeizures.Select(s => s.Id));
        Assert.Equal(active.Id, register.AsOf(At(5)).ActiveSeizure!.Id);
    }

    [Fact]
    public void LiftSeizure_WithLiftingDay_PromotedTermRunsFromThatDay()
    {
        var register = OwnedByZhangSan();
        var active = register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执100号", At(2, 8), new DateOnly(2025, 9, 2), new DateOnly(2028, 9, 1));
        register.AddSeizure(Case(3), At(3), "合肥市中级人民法院", "(2025)皖01执200号", At(3, 8), new DateOnly(2025, 9, 3), new DateOnly(2028, 9, 2));

        var promoted = register.LiftSeizure(Case(4), At(10), active.Id, new DateOnly(2025, 9, 10));

        Assert.Equal(new DateOnly(2025, 9, 10), promoted!.Start);
        Assert.Equal(new DateOnly(2028, 9, 9), promoted.End);
    }

    [Fact]
    public void RenewSeizure_WaitingOne_KeepsItsPlaceInTheQueue()
    {
        var register = OwnedByZhangSan();
        register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执100号", At(2, 8));
        var first = register.AddSeizure(Case(3), At(3), "合肥市中级人民法院", "(2025)皖01执200号", At(3, 8), end: new DateOnly(2026, 9, 2));
        var second = register.AddSeizure(Case(4), At(4), "肥东县人民法院", "(2025)皖0122执300号", At(4, 8));

        var renewed = register.RenewSeizure(Case(5), At(6), first.Id, new DateOnly(2029, 9, 2));

        Assert.Equal([renewed.Id, second.Id], register.Current.WaitingSeizures.Select(s => s.Id));
        Assert.Equal(first.SeizureId, renewed.SeizureId);
        Assert.Equal(new DateOnly(2029, 9, 2), renewed.End);
    }

    [Fact]
    public void LiftSeizure_WaitingOne_LeavesActiveUntouched()
    {
        var register = OwnedByZhangSan();
        var active = register.AddSeizure(Case(2), At(2), "长丰县人民法院", "(2025)皖0121执100号", At(2, 8));
        var waiting = register.AddSeizure(Case(3), At(3), "合肥市中级人民法院", "(2025)皖01执200号", At(3, 8));

        Assert.Null(register.LiftSeizure(Case(4), At(4), waiting.Id));
        Assert.Equal(active.Id, register.Current.ActiveSeizure!.Id);
        Assert.Empty(register.Current.WaitingSeizures);
    }

    [Fact]
    public void AsOf_PastInstant_ReconstructsEarlierState()
    {
        var register = OwnedByZhangSan();
        var mortgage = register.AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 500_000m, new DateOnly(2025, 9, 2), new DateOnly(2045, 9, 1), At(2, 8));
        register.CancelMortgage(Case(3), At(4), mortgage.Id);
        register.TransferOwnership(Case(4), At(5), CoOwnership.Sole, [new RightHolder(LiSi)]);

        var before = register.AsOf(At(1, 8));
        var day3 = register.AsOf(At(3));
        var day4 = register.AsOf(At(4));
        var now = register.AsOf(At(10));

        Assert.Null(before.Ownership);
        Assert.Equal("张三", day3.Ownership!.Holders[0].Party.Name);
        Assert.Single(day3.Mortgages);
        Assert.Empty(day4.Mortgages);
        Assert.Equal("李四", now.Ownership!.Holders[0].Party.Name);
        Assert.Equal(3, register.Entries.Count);
    }

    [Fact]
    public void CancelMortgage_Twice_IsRefusedBecauseEntryIsAlreadyClosed()
    {
        var register = OwnedByZhangSan();
        var mortgage = register.AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 500_000m, new DateOnly(2025, 9, 2), new DateOnly(2045, 9, 1), At(2, 8));
        register.CancelMortgage(Case(3), At(3), mortgage.Id);

        var ex = Assert.Throws<DomainValidationException>(() => register.CancelMortgage(Case(4), At(4), mortgage.Id));

        Assert.Contains("already closed", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(Case(3), mortgage.ClosedByCaseNumber);
    }

    [Fact]
    public void AnyOperation_InstantBeforeLastChange_IsRefused()
    {
        var register = OwnedByZhangSan();
        register.AddPreNotice(Case(2), At(5), "预购商品房买卖预告登记", LiSi);

        var ex = Assert.Throws<DomainValidationException>(() => register.AddObjection(Case(3), At(4), WangWu, "登记的权利人有误"));

        Assert.Equal("at", ex.Field);
        Assert.Equal(2, register.Entries.Count);
    }

    [Fact]
    public void AddObjection_BookedLateEveningUtc_LapsesFifteenChinaDaysLater()
    {
        var register = OwnedByZhangSan();
        // 2025-09-01 17:30 UTC is 2025-09-02 01:30 in China.
        var objection = register.AddObjection(Case(2), new DateTimeOffset(2025, 9, 1, 17, 30, 0, TimeSpan.Zero), WangWu, "登记的权利人有误");

        Assert.Equal(new DateOnly(2025, 9, 2), objection.BookedOn);
        Assert.Equal(new DateOnly(2025, 9, 17), objection.LapsesOn);
    }

    [Fact]
    public void CancelPreNotice_ClosesEntryAndKeepsHistory()
    {
        var register = NewRegister();
        var notice = register.AddPreNotice(Case(1), At(1), "预购商品房买卖预告登记", LiSi);

        register.CancelPreNotice(Case(2), At(2), notice.Id);

        Assert.Empty(register.Current.PreNotices);
        Assert.Single(register.AsOf(At(1, 12)).PreNotices);
        Assert.Single(register.Entries);
    }

    [Fact]
    public void AddResidenceRight_WithoutOwnership_IsRefused()
    {
        var register = NewRegister();

        var ex = Assert.Throws<DomainValidationException>(() => register.AddResidenceRight(Case(1), At(1), LiSi));

        Assert.Equal("ownership", ex.Field);
    }

    [Fact]
    public void AddEasement_OverItself_IsRefused()
    {
        var register = OwnedByZhangSan();

        var ex = Assert.Throws<DomainValidationException>(() => register.AddEasement(Case(2), At(2), LiSi, "通行", register.Unit.Code));

        Assert.Equal("benefitingUnit", ex.Field);
    }

    [Fact]
    public void ImmovableUnit_AreaWithThreeDecimals_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new ImmovableUnit(
            UnitCode.Parse("340121261006GB00014F00220045"), UnitKind.Household, "长丰县水湖镇", "住宅", 98.555m));

        Assert.Equal("area", ex.Field);
    }
}

public sealed class UnitRegisterEdgeTests
{
    private static UnitRegister Owned()
    {
        var register = UnitRegister.Open(new ImmovableUnit(
            UnitCode.Parse("340121261006GB00014F00220045"), UnitKind.Household, "长丰县水湖镇阳光花园22栋1单元0405室", "住宅", 98.56m));
        register.RecordOwnership(Case(1), At(1), "房屋所有权", CoOwnership.Sole, [new RightHolder(ZhangSan)]);
        return register;
    }

    [Fact]
    public void LiftSeizure_UnknownEntry_IsRefused()
    {
        var register = Owned();

        var ex = Assert.Throws<DomainValidationException>(() => register.LiftSeizure(Case(2), At(2), Guid.NewGuid()));

        Assert.Equal("seizure", ex.Field);
    }

    [Fact]
    public void AsOf_ExactlyAtTransferInstant_ShowsNewOwnerOnly()
    {
        var register = Owned();
        register.TransferOwnership(Case(2), At(3), CoOwnership.Sole, [new RightHolder(LiSi)]);

        var snapshot = register.AsOf(At(3));

        Assert.Equal("李四", snapshot.Ownership!.Holders.Single().Party.Name);
    }

    [Fact]
    public void Close_BeforeRecordedAt_IsRefused()
    {
        var register = Owned();
        var entry = register.Entries[0];

        var ex = Assert.Throws<DomainValidationException>(() => entry.Close(Case(2), At(1, 8)));

        Assert.Equal("closedAt", ex.Field);
        Assert.Null(entry.ClosedAt);
    }

    [Fact]
    public void TransferOwnership_WithoutOwnership_IsRefused()
    {
        var register = UnitRegister.Open(new ImmovableUnit(
            UnitCode.Parse("340121261006GB00014W00000000"), UnitKind.Parcel, "长丰县双墩镇工业园区纬一路8号", "工业用地", 12000m));

        var ex = Assert.Throws<DomainValidationException>(() => register.TransferOwnership(Case(1), At(1), CoOwnership.Sole, [new RightHolder(LiSi)]));

        Assert.Contains("no current ownership to transfer", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ImmovableUnit_HouseholdWithoutFixtureF_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new ImmovableUnit(
            UnitCode.Parse("340121261006GB00014W00000000"), UnitKind.Household, "长丰县水湖镇", "住宅", 98m));

        Assert.Equal("unitCode", ex.Field);
    }
}
