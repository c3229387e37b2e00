using Registry.Domain.Parties;

namespace Registry.Domain.Tests;

public sealed class IdentityDocumentTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData(IdentityDocumentType.ResidentId, "11010519491231002X")]
    [InlineData(IdentityDocumentType.ResidentId, "110105491231002")]
    [InlineData(IdentityDocumentType.CreditCode, "91350100M000100Y43")]
    [InlineData(IdentityDocumentType.OrganisationCode, "M000100Y-4")]
    [InlineData(IdentityDocumentType.HkMacaoTaiwanResidencePermit, "810000199005050018")]
    [InlineData(IdentityDocumentType.Passport, "E12345678")]
    [InlineData(IdentityDocumentType.HkMacaoTravelPermit, "H12345678")]
    [InlineData(IdentityDocumentType.TaiwanTravelPermit, "12345678")]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentId, "USA110085020910")]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentId, "931586197001011234")]
    [InlineData(IdentityDocumentType.Other, "军字第0012345号")]
    public void Check_ValidNumber_PassesItsOwnStandard(IdentityDocumentType type, string number)
    {
        Assert.Null(IdentityDocument.Check(type, number, Today, out var normalised));
        Assert.NotEmpty(normalised);
    }

    [Fact]
    public void Check_CreditCodeWrongCheckCharacter_NamesPositionAndExpectedCharacter()
    {
        // The code the issue reported being read as a resident ID ("position 9: 'M' is not a digit").
        var problem = IdentityDocument.Check(IdentityDocumentType.CreditCode, "91350100M000100Y44", Today, out _);

        Assert.NotNull(problem);
        Assert.Equal(IdentityDocumentProblemKind.CheckCharacter, problem.Kind);
        Assert.Equal(18, problem.Position);
        Assert.Equal("4", problem.Found);
        Assert.Equal("3", problem.Expected);
        Assert.Contains("GB 32100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OrganisationCodeWrongCheckCharacter_NamesPosition9()
    {
        var problem = IdentityDocument.Check(IdentityDocumentType.OrganisationCode, "M000100Y5", Today, out _);

        Assert.Equal(9, problem!.Position);
        Assert.Equal("4", problem.Expected);
    }

    [Theory]
    [InlineData("340121199005050018", IdentityDocumentProblemKind.Format)] // a mainland ID is not a residence permit
    [InlineData("810000199005050019", IdentityDocumentProblemKind.CheckCharacter)]
    public void Check_ResidencePermit_NeedsPrefixAndCheckCharacter(string number, IdentityDocumentProblemKind kind)
    {
        Assert.Equal(kind, IdentityDocument.Check(IdentityDocumentType.HkMacaoTaiwanResidencePermit, number, Today, out _)!.Kind);
    }

    [Theory]
    [InlineData(IdentityDocumentType.Passport, "E123")]
    [InlineData(IdentityDocumentType.Passport, "E 12345678")]
    [InlineData(IdentityDocumentType.HkMacaoTravelPermit, "X12345678")]
    [InlineData(IdentityDocumentType.TaiwanTravelPermit, "1234567")]
    [InlineData(IdentityDocumentType.ForeignPermanentResidentId, "340121198001010019")]
    public void Check_WrongLayout_IsAFormatProblem(IdentityDocumentType type, string number)
    {
        Assert.Equal(IdentityDocumentProblemKind.Format, IdentityDocument.Check(type, number, Today, out _)!.Kind);
    }

    [Fact]
    public void Check_ResidentIdLetterInBody_NamesThePosition()
    {
        var problem = IdentityDocument.Check(IdentityDocumentType.ResidentId, "34012119800101A019", Today, out _);

        Assert.Equal(IdentityDocumentProblemKind.Character, problem!.Kind);
        Assert.Equal(15, problem.Position);
    }

    [Fact]
    public void CreateAndRestore_Passport_KeepsTypeAndNumber()
    {
        var party = Party.Create("John Smith", IdentityDocumentType.Passport, " e12345678 ", Today);

        var restored = Party.Restore(party.Name, party.IdKind, party.IdNumber);

        Assert.Equal(IdentityDocumentType.Passport, restored.DocumentType);
        Assert.Equal("E12345678", restored.IdNumber);
        Assert.Equal("Passport", restored.IdKind);
        Assert.False(restored.IsOrganisation);
    }

    [Fact]
    public void KindOf_EveryType_FitsTheStoredColumnAndRoundTrips()
    {
        foreach (var type in Enum.GetValues<IdentityDocumentType>())
        {
            var kind = IdentityDocument.KindOf(type);
            Assert.InRange(kind.Length, 1, 16);
            Assert.True(IdentityDocument.TryParseKind(kind, out var back));
            Assert.Equal(type, back);
        }
    }
}
