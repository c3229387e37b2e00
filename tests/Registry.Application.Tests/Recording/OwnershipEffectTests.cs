using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Domain.Register;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

public sealed class OwnershipEffectTests
{
    [Fact]
    public void CreateOwnership_ByShares_RecordsHoldersWithShares()
    {
        var register = Open();

        var result = Apply(register, 1, 1, new CreateOwnership(UnitA, RightType, CoOwnership.ByShares, [ZhangSan with { Share = "2/3" }, LiSi with { Share = "1/3" }]));

        var ownership = register.Current.Ownership!;
        Assert.Equal(CoOwnership.ByShares, ownership.CoOwnership);
        Assert.Equal(["2/3", "1/3"], ownership.Holders.Select(h => h.Share.ToString()));
        Assert.Single(result.Outcomes[0].Appended);
    }

    [Theory]
    [InlineData("1/2", "1/3", "add up to 5/6")]
    [InlineData("1/2", null, "has no share")]
    public void CreateOwnership_BadShares_IsRefusedNamingTheProblem(string first, string? second, string expected)
    {
        var register = Open();

        var ex = Refused(register, 1, 1, new CreateOwnership(UnitA, RightType, CoOwnership.ByShares, [ZhangSan with { Share = first }, LiSi with { Share = second }]));

        Assert.Equal(nameof(CreateOwnership), ex.Effect);
        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.Empty(register.Entries);
    }

    [Fact]
    public void CreateOwnership_WhenOwned_IsRefused()
    {
        var register = OwnedByZhangSan();

        var ex = Refused(register, 2, 2, new CreateOwnership(UnitA, RightType, CoOwnership.Sole, [LiSi]));

        Assert.Contains("already has a current ownership", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TransferOwnership_FromRecordedOwner_PassesTheRight()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Joint, [LiSi, WangWu]));

        Assert.Equal(["李四", "王五"], register.Current.Ownership!.Holders.Select(h => h.Party.Name));
        Assert.Equal("张三", register.AsOf(At(1, 12)).Ownership!.Holders[0].Party.Name);
    }

    public static TheoryData<string, TransferOwnership> TransferRefusals => new()
    {
        { "is not a recorded holder", new TransferOwnership(UnitA, [LiSi.IdNumber], CoOwnership.Sole, [WangWu]) },
        { "name at least one transferor", new TransferOwnership(UnitA, [], CoOwnership.Sole, [WangWu]) },
        { "at least one holder", new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, []) },
    };

    [Theory]
    [MemberData(nameof(TransferRefusals))]
    public void TransferOwnership_BadRequest_IsRefused(string expected, TransferOwnership effect)
    {
        var register = OwnedByZhangSan();

        var ex = Refused(register, 2, 2, effect);

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.Equal("张三", register.Current.Ownership!.Holders[0].Party.Name);
    }

    [Fact]
    public void TransferOwnership_WhileSeized_IsRefused()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Seizure("(2025)皖0121执1号", 2));

        var ex = Refused(register, 3, 3, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [LiSi]));

        Assert.Contains("seized", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TransferOwnership_AddingSpouse_KeepsTheOwnerAndAddsTheSpouse()
    {
        var register = OwnedByZhangSan();

        Apply(register, 2, 2, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Joint, [ZhangSan, LiSi]));

        Assert.Equal(CoOwnership.Joint, register.Current.Ownership!.CoOwnership);
        Assert.Equal(2, register.Current.Ownership.Holders.Count);
    }

    [Fact]
    public void TransferOwnership_RemovingACoOwnerWhoIsNotATransferor_IsRefused()
    {
        var register = Open();
        Apply(register, 1, 1, new CreateOwnership(UnitA, RightType, CoOwnership.ByShares, [ZhangSan with { Share = "1/2" }, LiSi with { Share = "1/2" }]));

        var ex = Refused(register, 2, 2, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [WangWu]));

        Assert.Contains("李四 is a recorded holder but not a transferor", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TransferOwnership_ShareGivenOnlyToTheTransferee_KeepsTheOtherCoOwnersRecordedShares()
    {
        var register = Open();
        Apply(register, 1, 1, new CreateOwnership(UnitA, RightType, CoOwnership.ByShares, [ZhangSan with { Share = "1/2" }, LiSi with { Share = "1/3" }, WangWu with { Share = "1/6" }]));

        // 张三 sells his 1/2: 李四 buys 1/6 of it and an outsider the rest; the holders given are only the transferees.
        var outsider = new HolderSpec("赵六", "340121197504040047", "1/3");
        Apply(register, 2, 2, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.ByShares, [LiSi with { Share = "1/6" }, outsider]));

        var holders = register.Current.Ownership!.Holders;
        Assert.Equal(["李四 1/2", "王五 1/6", "赵六 1/3"], holders.Select(h => $"{h.Party.Name} {h.Share}"));
    }

    [Fact]
    public void TransferOwnership_ShareOfOneCoOwner_LeavesTheOtherShare()
    {
        var register = Open();
        Apply(register, 1, 1, new CreateOwnership(UnitA, RightType, CoOwnership.ByShares, [ZhangSan with { Share = "1/2" }, LiSi with { Share = "1/2" }]));

        Apply(register, 2, 2, new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.ByShares, [WangWu with { Share = "1/2" }, LiSi with { Share = "1/2" }]));

        Assert.Equal(["王五", "李四"], register.Current.Ownership!.Holders.Select(h => h.Party.Name));
    }

    [Fact]
    public void ChangeOwnership_RenamedHolderAndCoOwnershipType_IsRecorded()
    {
        var register = Open();
        Apply(register, 1, 1, new CreateOwnership(UnitA, RightType, CoOwnership.Joint, [ZhangSan, LiSi]));

        Apply(register, 2, 2, new ChangeOwnership(UnitA, [ZhangSan with { Name = "张叁", Share = "1/2" }, LiSi with { Share = "1/2" }], CoOwnership.ByShares));

        Assert.Equal("张叁", register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(CoOwnership.ByShares, register.Current.Ownership.CoOwnership);
    }

    [Theory]
    [InlineData(true, "adding or removing holders is a TransferOwnership")]
    [InlineData(false, "nothing to change")]
    public void ChangeOwnership_OtherHolderOrNothing_IsRefused(bool otherHolder, string expected)
    {
        var register = OwnedByZhangSan();

        var ex = Refused(register, 2, 2, otherHolder ? new ChangeOwnership(UnitA, [WangWu]) : new ChangeOwnership(UnitA));

        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CancelOwnership_AfterCancellingTheMortgageInTheSameBatch_EndsTheRight()
    {
        var register = OwnedByZhangSan();
        Apply(register, 2, 2, Mortgage(BankA));

        var refused = Refused(register, 3, 3, new CancelOwnership(UnitA, "灭失"));
        Apply(register, 3, 3, new CancelMortgage(UnitA, Priority: 1), new CancelOwnership(UnitA, "灭失"));

        Assert.Contains("cancel them first", refused.Reason, StringComparison.Ordinal);
        Assert.Null(register.Current.Ownership);
        Assert.Empty(register.Current.Mortgages);
    }
}
