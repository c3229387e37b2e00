using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Application.Catalogue;
using Registry.Application.Recording;
using Registry.Workflows.Definitions;

namespace Registry.Web.Tests.Intake;

/// <summary>Two business types in the catalogue's own shape: a resale transfer and a first mortgage.</summary>
internal sealed class IntakeTestCatalogue : IBusinessTypeCatalogue
{
    public static readonly BusinessType Resale = Type(
        "HouseTransferResale", "存量房买卖转移登记", "Transfer", "house",
        [
            new("APPLICATION_FORM", true, "applicant", null),
            new("APPLICANT_ID", true, "applicant", null),
            new("CERTIFICATE", true, "holder", null),
            new("SALE_CONTRACT", true, "transferee", "online-signed contract"),
            new("TAX_RECEIPT", true, "sharedData", null),
            new("MARITAL_STATEMENT", false, "transferor", null),
        ],
        new EffectTemplate("TransferOwnership", false, Parameters("""{"unit":"$.unit","transferors":"$.parties.transferor[*].idNumber","coOwnership":"$.facts.coOwnership","holders":"$.parties.transferee"}""")));

    public static readonly BusinessType Mortgage = Type(
        "MortgageFirst", "抵押权首次登记", "First", "mortgage",
        [
            new("APPLICATION_FORM", true, "applicant", null),
            new("MORTGAGE_CONTRACT|LOAN_CONTRACT", true, "mortgagee", null),
        ],
        new EffectTemplate("CreateMortgage", false, Parameters("""{"unit":"$.unit","mortgagee":"$.parties.mortgagee[0]","amount":"$.facts.mortgageAmount","debtEnd":"$.facts.debtEnd"}""")));

    public IReadOnlyList<BusinessType> All => [Resale, Mortgage];

    public IReadOnlyList<BusinessTypeCategory> Categories =>
    [
        new("house", new CatalogueText("国有建设用地使用权及房屋所有权", "House"), [Resale]),
        new("mortgage", new CatalogueText("抵押权", "Mortgage"), [Mortgage]),
    ];

    public IReadOnlyDictionary<string, WorkflowDefinition> Workflows => new Dictionary<string, WorkflowDefinition>();

    public BusinessType Find(string code) => TryFind(code, out var t) ? t! : throw new UnknownBusinessTypeException(code);

    public bool TryFind(string code, out BusinessType? type)
    {
        type = All.FirstOrDefault(t => t.Code == code);
        return type is not null;
    }

    public IReadOnlyList<BusinessType> InCategory(string category) => [.. All.Where(t => t.Category == category)];

    public IReadOnlyList<RegisterEffect> BindEffects(string code, JsonObject caseData) => throw new NotSupportedException();

    private static Dictionary<string, JsonElement> Parameters(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    private static BusinessType Type(string code, string name, string kind, string category, IReadOnlyList<MaterialRequirement> materials, EffectTemplate effect) => new()
    {
        Code = code,
        Name = new CatalogueText(name, code),
        Category = category,
        Kind = kind,
        Application = ["J"],
        WorkflowId = "catalogue-standard",
        RuleSets = ["review-intake"],
        TimeLimit = "TL-5",
        Announcement = false,
        Certificate = CertificateKind.RightCertificate,
        Materials = materials,
        Effects = [effect],
        SourceFile = "test",
    };
}
