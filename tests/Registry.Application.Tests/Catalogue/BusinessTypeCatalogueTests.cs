using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Application.Catalogue;
using Registry.Application.Recording;
using Registry.Scheduling.Deadlines;
using static Registry.Application.Tests.Catalogue.CatalogueFixture;

namespace Registry.Application.Tests.Catalogue;

public sealed class BusinessTypeCatalogueTests
{
    [Fact]
    public void ShippedCatalogue_HasNoIssues()
    {
        var issues = BusinessTypeCatalogueLoader.Validate(Options());

        Assert.True(issues.Count == 0, string.Join(Environment.NewLine, issues));
    }

    [Fact]
    public void ShippedCatalogue_HasAtLeastFiftyTypesInEveryCategoryFile()
    {
        var catalogue = Shipped;

        Assert.True(catalogue.All.Count >= 50, $"{catalogue.All.Count} types");
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryRoot, "workflows", "catalogue", "types"), "*.json").Length, catalogue.Categories.Count);
        Assert.All(catalogue.Categories, c => Assert.NotEmpty(c.Types));
        Assert.Equal(catalogue.All.Count, catalogue.All.Select(t => t.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("HouseFirst")]
    [InlineData("HouseTransferNewBuild")]
    [InlineData("HouseTransferResale")]
    [InlineData("CmbCarryMortgageSameLender")]
    [InlineData("CmbCarryMortgageLenderTakeover")]
    [InlineData("CmbCarryMortgageSecondPriority")]
    [InlineData("CmbCarryMortgageDoublePreNotice")]
    [InlineData("HouseTransferInheritance")]
    [InlineData("HouseTransferGift")]
    [InlineData("HouseTransferMaritalPartition")]
    [InlineData("HouseTransferCoOwnerChange")]
    [InlineData("MortgageFirst")]
    [InlineData("MortgageChange")]
    [InlineData("MortgageTransfer")]
    [InlineData("MortgageCancel")]
    [InlineData("MortgageMaxAmountFirst")]
    [InlineData("MortgageInConstructionFirst")]
    [InlineData("PreNoticePurchase")]
    [InlineData("PreNoticePurchaseMortgage")]
    [InlineData("CmbDoublePreNotice")]
    [InlineData("PreNoticeToMain")]
    [InlineData("CmbPreNoticeToMain")]
    [InlineData("JudicialSeizure")]
    [InlineData("WaitingSeizure")]
    [InlineData("SeizureRelease")]
    [InlineData("Objection")]
    [InlineData("ObjectionCancel")]
    [InlineData("CorrectionOnApplication")]
    [InlineData("CorrectionExOfficio")]
    [InlineData("ResidenceRightFirst")]
    [InlineData("EasementFirst")]
    [InlineData("CertificateReissue")]
    [InlineData("CertificateReplace")]
    [InlineData("HomesteadFirst")]
    [InlineData("LandContractFirst")]
    [InlineData("ForestFirst")]
    [InlineData("ForestTransfer")]
    [InlineData("CmbTransferWithMortgage")]
    public void Catalogue_HasTheTypesTheIssueNames(string code) =>
        Assert.Equal(code, Shipped.Find(code).Code);

    [Fact]
    public void EveryTimeLimit_ParsesWithTheSchedulingTimeLimit()
    {
        foreach (var type in Shipped.All)
        {
            var limit = TimeLimit.Parse(type.TimeLimit);
            Assert.Equal(type.TimeLimit, limit.ToString());
        }
    }

    [Theory]
    [InlineData("JudicialSeizure")]
    [InlineData("WaitingSeizure")]
    [InlineData("Objection")]
    public void SeizureAndObjection_AreInstant(string code) =>
        Assert.True(TimeLimit.Parse(Shipped.Find(code).TimeLimit).IsInstant);

    [Fact]
    public void CombinedTypes_HaveSeveralEffectsAndSteps()
    {
        var combined = Shipped.InCategory("combined");

        Assert.All(combined, t =>
        {
            Assert.Equal("Combined", t.Kind);
            Assert.True(t.Effects.Count >= 2, t.Code);
            Assert.True(t.Steps.Count >= 2, t.Code);
        });
    }

    [Fact]
    public void EveryWorkflow_IsUsedAndEveryTypeNamesOne()
    {
        var used = Shipped.All.Select(t => t.WorkflowId).ToHashSet();

        Assert.Equal(Shipped.Workflows.Keys.Order(), used.Order());
        Assert.All(Shipped.All, t => Assert.True(Shipped.Workflows.ContainsKey(t.WorkflowId), t.Code));
    }

    [Fact]
    public void MaterialsJsonChecklists_AreRequiredInTheCatalogue()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "rules", "materials.json")));
        foreach (var type in doc.RootElement.GetProperty("Types").EnumerateObject())
        {
            if (!Shipped.TryFind(type.Name, out var entry))
            {
                continue;
            }

            var required = entry!.Materials.Where(m => m.Required).SelectMany(m => m.Alternatives).ToHashSet();
            foreach (var item in type.Value.EnumerateArray().Select(i => i.GetString()!))
            {
                Assert.True(item.Split('|').Any(required.Contains), $"{type.Name}: rules/materials.json requires {item}, the catalogue does not");
            }
        }
    }

    [Theory]
    [InlineData("CmbTransferWithMortgage", new[] { CertificateKind.RightCertificate, CertificateKind.Certification })]
    [InlineData("MortgageFirst", new[] { CertificateKind.Certification })]
    [InlineData("JudicialSeizure", new CertificateKind[0])]
    public void Certificates_ListWhatTheTypeHandsOut(string code, CertificateKind[] expected) =>
        Assert.Equal(expected, Shipped.Find(code).Certificates);

    [Fact]
    public void EveryExactCodeTheRulesName_IsACatalogueType()
    {
        // Codes the rules name that the register book cannot book yet (no entry kind): see the catalogue README.
        string[] notInCatalogue = ["AdministrativeRestriction", "AdministrativeRestrictionRelease", "RecordsQuery"];
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot, "rules"), "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("Rules", out var rules))
            {
                continue;
            }

            foreach (var rule in rules.EnumerateArray())
            {
                var properties = rule.GetProperty("Properties");
                foreach (var name in new[] { "BusinessTypes", "ExcludeTypes" })
                {
                    if (properties.TryGetProperty(name, out var list))
                    {
                        codes.UnionWith(list.EnumerateArray().Select(c => c.GetString()!).Where(c => !c.Contains('*', StringComparison.Ordinal) && !c.StartsWith('@')));
                    }
                }
            }
        }

        var missing = codes.Where(c => !Shipped.TryFind(c, out _)).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(notInCatalogue.Where(codes.Contains).Order(StringComparer.Ordinal), missing);
    }

    [Fact]
    public void EveryCatalogueWorkflow_RecordsTheTypesEffects()
    {
        Assert.All(Shipped.Workflows.Values, w =>
        {
            var record = Assert.Single(w.Nodes, n => n.Kind == "record");
            Assert.Equal("business-type", record.Inputs["effect"].GetString());
            Assert.Contains(w.Nodes, n => n.Kind == "certificate" && n.Inputs["certificateKind"].GetString() == "business-type");
        });
    }

    [Fact]
    public void Find_UnknownCode_NamesIt()
    {
        var ex = Assert.Throws<UnknownBusinessTypeException>(() => Shipped.Find("HouseTeleport"));

        Assert.Equal("HouseTeleport", ex.Code);
        Assert.Contains("'HouseTeleport'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Shipped.InCategory("space"));
    }

    [Fact]
    public void DependencyInjection_LoadsTheCatalogue()
    {
        using var provider = new ServiceCollection()
            .AddRegistryCatalogue(o =>
            {
                o.CatalogueDirectory = Options().CatalogueDirectory;
                o.RulesDirectory = Options().RulesDirectory;
            })
            .AddRegistryRecording()
            .BuildServiceProvider();

        var catalogue = provider.GetRequiredService<IBusinessTypeCatalogue>();

        Assert.Equal(Shipped.All.Count, catalogue.All.Count);
    }
}
