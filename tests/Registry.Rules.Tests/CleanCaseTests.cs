using Registry.Application.Review;
using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>Clean cases of other main types auto-approve at every stage: rules do not fire on legitimate cases.</summary>
public sealed class CleanCaseTests
{
    public static TheoryData<string> CleanCases => ["MortgageFirst", "JudicialSeizure", "MortgageCancel", "HouseTransferNewBuild"];

    private static ReviewFacts Build(string name) => name switch
    {
        "MortgageFirst" => CleanResale()
            .Type("MortgageFirst", Seller with { Role = PartyRole.Mortgagor }, Bank)
            .Case(c => c with { Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT", "MARITAL_STATEMENT"], DeclaredPrice = null })
            .Shared(s => s with { Contract = null, IdentityChecks = [.. s.IdentityChecks, new IdentityCheckFacts { IdNumber = BankCode, Verified = true }] }),
        "JudicialSeizure" => CleanSeizure(),
        "MortgageCancel" => CleanResale()
            .Type("MortgageCancel", Bank with { Role = PartyRole.Applicant })
            .Case(c => c with { Cause = "Repaid", Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SETTLEMENT_PROOF"] })
            .Unit(u => u with { Mortgages = [Mortgage()] })
            .Shared(s => s with { IdentityChecks = [new IdentityCheckFacts { IdNumber = BankCode, Verified = true }] }),
        "HouseTransferNewBuild" => CleanResale()
            .Type("HouseTransferNewBuild", Seller with { Kind = PartyKind.Organisation, IdType = IdType.CreditCode, Name = "某房地产公司", IdNumber = "91310000MA1FL0000N" }, Buyer)
            .Case(c => c with { CertificateNo = null, Materials = ["APPLICATION_FORM", "APPLICANT_ID", "SALE_CONTRACT", "TAX_RECEIPT"] })
            .Unit(u => u with { Holders = [Holder("某房地产公司", "91310000MA1FL0000N")], CurrentCertificateNo = null })
            .Shared(s => s with
            {
                MaintenanceFundPaid = true,
                Contract = s.Contract! with { Sellers = [new ContractPartyFacts { Name = "某房地产公司", IdNumber = "91310000MA1FL0000N" }] },
                IdentityChecks = [.. s.IdentityChecks, new IdentityCheckFacts { IdNumber = "91310000MA1FL0000N", Verified = true }],
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(CleanCases))]
    public void CleanCase_AutoApprovesAtEveryStage(string name)
    {
        var evaluator = TestCatalogue.Instance.CreateEvaluator();
        foreach (var stage in new[] { RuleStage.Intake, RuleStage.Review, RuleStage.Book })
        {
            var decision = AutoApprovalPolicy.Decide(evaluator.Evaluate(Build(name), stage));
            Assert.True(decision.Verdict == AutoApprovalVerdict.Approve, $"{name} at {stage}: {string.Join(" | ", decision.Reasons.Select(r => r.RuleCode + ": " + r.MessageZh))}");
        }
    }
}
