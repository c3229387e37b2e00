using Registry.Application.Intake;
using static Registry.Application.Tests.Catalogue.CatalogueFixture;

namespace Registry.Application.Tests.Intake;

public sealed class IntakeProfileTests
{
    [Fact]
    public void Resale_AsksForThePriceAndTheNumberOfTheCertificateHandedIn()
    {
        var profile = IntakeProfile.For(Shipped.Find("HouseTransferResale"));

        Assert.Contains(profile.Facts, f => f is { Name: "declaredPrice", Kind: IntakeFactKind.Money, Required: true });
        Assert.Contains(profile.Facts, f => f is { Name: "certificateNo", Kind: IntakeFactKind.Text });
    }

    [Fact]
    public void EveryType_AsksForTheCertificateNumber_ExactlyWhenItsChecklistHasTheCertificate()
    {
        foreach (var type in Shipped.All)
        {
            var asks = IntakeProfile.For(type).Facts.Any(f => f.Name == "certificateNo");
            var needs = type.Materials.Any(m => m.Alternatives.Contains("CERTIFICATE"));
            Assert.True(asks == needs, $"{type.Code}: asks for certificateNo {asks}, checklist has CERTIFICATE {needs}");
        }

        Assert.Contains(Shipped.All, t => !t.Materials.Any(m => m.Alternatives.Contains("CERTIFICATE")));
    }
}
