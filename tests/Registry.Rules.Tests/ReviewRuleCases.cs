using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>One passing and one failing fact set per review rule code (boundaries noted inline).</summary>
internal static class ReviewRuleCases
{
    private static readonly PartyFacts Agent = new() { Role = PartyRole.Agent, Name = "代理人", IdNumber = FourthId };
    private static readonly PartyFacts Mortgagor = Buyer with { Role = PartyRole.Mortgagor };

    public static readonly IReadOnlyDictionary<string, (Func<ReviewFacts> Pass, Func<ReviewFacts> Fail)> All =
        new Dictionary<string, (Func<ReviewFacts>, Func<ReviewFacts>)>
        {
            // ---- intake ----
            ["REG-PARTY-ID-DOCUMENT-CURRENT"] = (CleanResale, () => CleanResale().Case(c => c with { Parties = [Seller, Buyer with { IdDocumentValid = false }] })),
            ["REG-JOINT-APPLICATION"] = (CleanResale, () => CleanResale().Case(c => c with { Parties = [Seller, Buyer with { IsApplicant = false }] })),
            ["REG-AGENT-AUTHORITY"] = (
                () => CleanResale().Case(c => c with { Parties = [Seller, Buyer, Agent] }).With("POWER_OF_ATTORNEY", "POA_SIGNED_AT_OFFICE"),
                () => CleanResale().Case(c => c with { Parties = [Seller, Buyer, Agent] }).With("POWER_OF_ATTORNEY")),
            ["REG-GUARDIAN-GUARANTEE"] = (
                () => CleanResale().Case(c => c with { Parties = [Seller with { LacksFullCapacity = true }, Buyer, Agent with { Role = PartyRole.Guardian }] }).With("GUARDIANSHIP_PROOF", "GUARDIAN_GUARANTEE"),
                () => CleanResale().Case(c => c with { Parties = [Seller with { LacksFullCapacity = true }, Buyer, Agent with { Role = PartyRole.Guardian }] }).With("GUARDIANSHIP_PROOF")),
            ["REG-FIRST-REGISTRATION-EXISTS"] = (CleanResale, () => CleanResale().Unit(u => u with { RightStatus = RightStatus.None })),
            ["REG-MATERIALS-COMPLETE"] = (CleanResale, () => CleanResale().Without("TAX_RECEIPT")),
            ["REG-DECLARED-PRICE-PRESENT"] = (CleanResale, () => CleanResale().Case(c => c with { DeclaredPrice = null })),
            ["REG-OPEN-CASE-NOTICE"] = (CleanResale, () => CleanResale().Unit(u => u with { OpenCases = [new OpenCaseFacts { CaseNo = "2026-000050", BusinessType = "MortgageFirst", AcceptedAt = DateTimeOffset.UnixEpoch }] })),
            ["REG-ENTRUSTED-DOCUMENTS"] = (CleanSeizure, () => CleanSeizure().Without("RULING")),
            ["REG-SEIZURE-TERM-CAP"] = (CleanSeizure, () => CleanSeizure().Case(c => c with { EntrustingAuthority = c.EntrustingAuthority! with { OrderEnd = Today.AddYears(3).AddDays(1) } })),
            ["REG-WAITING-SEIZURE-QUEUED"] = (CleanSeizure, () => CleanSeizure().Unit(u => u with { Seizures = [Seizure()] })),
            ["REG-PURCHASE-MORTGAGE-NEEDS-PRENOTICE"] = (
                () => CleanResale().Type("PreNoticePurchaseMortgage", Mortgagor, Bank).Unit(u => u with { PreNotices = [PreNotice("李四", BuyerId, PreNoticeKind.Purchase)] }),
                () => CleanResale().Type("PreNoticePurchaseMortgage", Mortgagor, Bank)),
            ["REG-OBJECTION-PREREQUISITES"] = (
                () => CleanResale().Type("Objection").With("PROOF_OF_INTEREST", "PROOF_OF_ERROR", "HOLDER_REFUSED_CORRECTION"),
                () => CleanResale().Type("Objection").With("PROOF_OF_INTEREST", "PROOF_OF_ERROR")),
            ["REG-PROPERTY-MORTGAGEABLE"] = (
                () => CleanResale().Type("MortgageFirst", Seller with { Role = PartyRole.Mortgagor }, Bank),
                () => CleanResale().Type("MortgageFirst", Seller with { Role = PartyRole.Mortgagor }, Bank).Unit(u => u with { RightType = "Homestead" })),
            ["REG-HOUSEHOLD-CONTRACT-MORTGAGE"] = (
                () => CleanResale().Type("MortgageFirst", Seller with { Role = PartyRole.Mortgagor }, Bank),
                () => CleanResale().Type("MortgageFirst", Seller with { Role = PartyRole.Mortgagor }, Bank).Unit(u => u with { RightType = "LandContract", IsHouseholdContract = true })),
            ["REG-RESIDENCE-NOT-TRANSFERABLE"] = (
                () => CleanResale().Type("ResidenceRightChange", Seller with { Role = PartyRole.Holder }),
                () => CleanResale().Type("ResidenceRightChange", Seller with { Role = PartyRole.Holder }, Buyer)),
            ["REG-EASEMENT-NOT-SEPARABLE"] = (
                () => CleanResale().Type("EasementTransfer").Case(c => c with { CombinedSteps = ["StateLandTransfer", "EasementTransfer"] }),
                () => CleanResale().Type("EasementTransfer").Case(c => c with { CombinedSteps = ["EasementTransfer"] })),
            ["REG-LAND-MANAGEMENT-MIN-TERM"] = (
                () => CleanResale().Type("LandManagementFirst").Case(c => c with { ContractStart = new DateOnly(2026, 1, 1), ContractEnd = new DateOnly(2031, 1, 1) }),
                () => CleanResale().Type("LandManagementFirst").Case(c => c with { ContractStart = new DateOnly(2026, 1, 1), ContractEnd = new DateOnly(2030, 12, 31) })),

            ["REG-OBJECTION-NOT-REPEATED"] = (
                () => CleanResale().Type("Objection", Buyer with { Role = PartyRole.Applicant }).Case(c => c with { ObjectionMatter = "M1" })
                    .Unit(u => u with { Objections = [new ObjectionFacts { ApplicantName = "李四", BookedOn = Today.AddDays(-60), Lapsed = true, Matter = "M2" }] }),
                () => CleanResale().Type("Objection", Buyer with { Role = PartyRole.Applicant }).Case(c => c with { ObjectionMatter = "M1" })
                    .Unit(u => u with { Objections = [new ObjectionFacts { ApplicantName = "李四", BookedOn = Today.AddDays(-60), Lapsed = true, Matter = "M1" }] })),

            // ---- examination ----
            ["REG-PARTY-ID-VERIFIED"] = (CleanResale, () => CleanResale().Shared(s => s with { IdentityChecks = [s.IdentityChecks[0]] })),
            ["REG-DISPOSER-IS-HOLDER"] = (CleanResale, () => CleanResale().Unit(u => u with { Holders = [Holder("张三", ThirdId)] })), // same name, other ID
            ["REG-CERTIFICATE-CURRENT"] = (CleanResale, () => CleanResale().Case(c => c with { CertificateNo = "赣(2018)南昌市不动产权第0000001号" })),
            ["REG-NO-DISPUTE-OR-ILLEGAL-BUILDING"] = (CleanResale, () => CleanResale().Unit(u => u with { IsDisputed = true })),
            ["REG-LAND-TERM-EXPIRED"] = (
                () => CleanResale().Unit(u => u with { Use = "Commercial", LandTermEnd = Today }), // ends today: still in term
                () => CleanResale().Unit(u => u with { Use = "Commercial", LandTermEnd = Today.AddDays(-1) })),
            ["REG-LAND-TERM-RESIDENTIAL-RENEWAL"] = (CleanResale, () => CleanResale().Unit(u => u with { LandTermEnd = Today.AddDays(-1) })),
            ["REG-TAX-PAID"] = (
                () => CleanResale().Without("TAX_RECEIPT"), // the tax push alone is enough
                () => CleanResale().Without("TAX_RECEIPT").Shared(s => s with { Tax = null })),
            ["REG-MAINTENANCE-FUND-PAID"] = (
                () => CleanResale().Type("HouseTransferNewBuild").Shared(s => s with { MaintenanceFundPaid = true }),
                () => CleanResale().Type("HouseTransferNewBuild")),
            ["REG-CONTRACT-PRESENT"] = (CleanResale, () => CleanResale().Shared(s => s with { Contract = null })),
            ["REG-CONTRACT-PRICE-MATCHES"] = (CleanResale, () => CleanResale().Case(c => c with { DeclaredPrice = 999_999.99m })),
            ["REG-CONTRACT-PARTIES-MATCH"] = (CleanResale, () => CleanResale().Shared(s => s with { Contract = s.Contract! with { Buyers = [new ContractPartyFacts { Name = "李思", IdNumber = BuyerId }] } })),
            ["REG-COURT-DOCUMENT-IN-FORCE"] = (
                () => CleanResale().Type("HouseTransferCourtOrder").Shared(s => s with { CourtDocument = new CourtDocumentFacts { DocumentNo = "(2026)赣0102民初1号", Court = "某区人民法院", InForce = true, UnitCode = UnitCode } }),
                () => CleanResale().Type("HouseTransferCourtOrder").Shared(s => s with { CourtDocument = new CourtDocumentFacts { DocumentNo = "(2026)赣0102民初1号", Court = "某区人民法院", InForce = false } })),
            ["REG-SITE-INSPECTION"] = (() => CleanResale().Type("HouseFirst").With("SITE_INSPECTION_RECORD"), () => CleanResale().Type("HouseFirst")),
            ["REG-INHERITANCE-EVIDENCE"] = (
                () => CleanResale().Type("HouseTransferInheritance").With("DEATH_CERTIFICATE", "WILL", "KINSHIP_PROOF"),
                () => CleanResale().Type("HouseTransferInheritance").With("DEATH_CERTIFICATE", "KINSHIP_PROOF")),
            ["REG-SEIZURE-BLOCKS-DISPOSAL"] = (
                () => CleanResale().Unit(u => u with { Seizures = [Seizure(SeizureKind.Waiting, queue: 1)] }), // a waiting seizure alone does not block
                () => CleanResale().Unit(u => u with { Seizures = [Seizure()] })),
            ["REG-ENTRUSTED-DEBTOR-MISMATCH"] = (CleanSeizure, () => CleanSeizure().Case(c => c with { EntrustingAuthority = c.EntrustingAuthority! with { DebtorName = "王五", DebtorIdNumber = ThirdId } })),
            ["REG-MAXAMOUNT-FIXED-BY-SEIZURE"] = (CleanSeizure, () => CleanSeizure().Unit(u => u with { Mortgages = [Mortgage(maxAmount: true)] })),
            ["REG-ADMIN-RESTRICTION-BLOCKS"] = (
                () => CleanResale().Unit(u => u with { AdminRestrictions = [new AdminRestrictionFacts { Authority = "某区政府", Kind = "Expropriation", Released = true }] }),
                () => CleanResale().Unit(u => u with { AdminRestrictions = [new AdminRestrictionFacts { Authority = "某区政府", Kind = "Expropriation" }] })),
            ["REG-PRENOTICE-HOLDER-CONSENT"] = (
                () => CleanResale().Unit(u => u with { PreNotices = [PreNotice()] }).With("PRE_NOTICE_HOLDER_CONSENT"),
                () => CleanResale().Unit(u => u with { PreNotices = [PreNotice()] })),
            ["REG-PRENOTICE-MAIN-MATCHES"] = (
                () => CleanResale().Type("PreNoticeToMain").Unit(u => u with { PreNotices = [PreNotice("李四", BuyerId, PreNoticeKind.Purchase)] }),
                () => CleanResale().Type("PreNoticeToMain").Unit(u => u with { PreNotices = [PreNotice("王五", ThirdId, PreNoticeKind.Purchase)] })),
            ["REG-INCONSTRUCTION-EXCLUDES-PRESOLD"] = (
                () => CleanResale().Type("MortgageInConstructionFirst"),
                () => CleanResale().Type("MortgageInConstructionFirst").Unit(u => u with { HasFiledPresaleContract = true })),
            ["REG-RELEASE-INCONSTRUCTION-FIRST"] = (
                () => CleanResale().Type("PreNoticePurchase").Unit(u => u with { Mortgages = [Mortgage(inConstruction: true)] }).Case(c => c with { CombinedSteps = ["MortgageCancel", "PreNoticePurchase"] }),
                () => CleanResale().Type("PreNoticePurchase").Unit(u => u with { Mortgages = [Mortgage(inConstruction: true)] })),
            ["REG-OBJECTION-UNDERTAKING"] = (
                () => CleanResale().Unit(u => u with { Objections = [new ObjectionFacts { ApplicantName = "王五", BookedOn = Today.AddDays(-16) }] }), // lapsed after 15 days
                () => CleanResale().Unit(u => u with { Objections = [new ObjectionFacts { ApplicantName = "王五", BookedOn = Today.AddDays(-15) }] })),
            ["REG-OBJECTION-NOTICE"] = (CleanResale, () => CleanResale().Unit(u => u with { Objections = [new ObjectionFacts { ApplicantName = "王五", BookedOn = Today.AddDays(-30), CourtFiled = true }] })),
            ["REG-CORRECTION-BARRED"] = (
                () => CleanResale().Type("CorrectionOnApplication").Case(c => c with { CorrectedEntryBookedOn = new DateOnly(2025, 1, 1) }),
                () => CleanResale().Type("CorrectionOnApplication").Case(c => c with { CorrectedEntryBookedOn = new DateOnly(2025, 1, 1) }).Unit(u => u with { Seizures = [Seizure(start: new DateOnly(2025, 6, 1))] })),
            ["REG-ADVERSE-CHANGE-CONSENT"] = (
                () => MortgageChange().With("LOWER_MORTGAGEE_CONSENT"),
                MortgageChange),
            ["REG-MORTGAGE-RESTRICTION-CONSENT"] = (
                () => CleanResale().Unit(u => u with { Mortgages = [Mortgage(restriction: true)] }).With("MORTGAGEE_TRANSFER_CONSENT"),
                () => CleanResale().Unit(u => u with { Mortgages = [Mortgage(restriction: true)] })),
            ["REG-MORTGAGE-CARRIED-OVER"] = (CleanResale, () => CleanResale().Unit(u => u with { Mortgages = [Mortgage()] })),
            ["REG-MORTGAGE-ASSIGNMENT-NOTICE"] = (() => CleanResale().Type("MortgageTransfer").With("DEBTOR_NOTIFIED"), () => CleanResale().Type("MortgageTransfer")),
            ["REG-MAXAMOUNT-TRANSFER-FIXED"] = (
                () => CleanResale().Type("MortgageMaxAmountTransfer").Unit(u => u with { Mortgages = [Mortgage(maxAmount: true, fixedDebt: true)] }),
                () => CleanResale().Type("MortgageMaxAmountTransfer").Unit(u => u with { Mortgages = [Mortgage(maxAmount: true)] })),
            ["REG-ABANDONMENT-CONSENT"] = (
                () => CleanResale().Type("HouseCancel", Seller with { Role = PartyRole.Holder }).Case(c => c with { Cause = "Abandonment" }),
                () => CleanResale().Type("HouseCancel", Seller with { Role = PartyRole.Holder }).Case(c => c with { Cause = "Abandonment" }).Unit(u => u with { Mortgages = [Mortgage()] })),
            ["REG-COOWNED-QUORUM"] = (
                () => CoOwned(new ShareFraction(2, 3), new ShareFraction(1, 3)), // exactly 2/3 passes
                () => CoOwned(new ShareFraction(6666, 10000), new ShareFraction(3334, 10000))), // 0.6666 is not enough
            ["REG-SHARE-TRANSFER-NOTICE"] = (CleanResale, () => CoOwned(new ShareFraction(1, 2), new ShareFraction(1, 2)).Case(c => c with { DisposesWhole = false })),
            ["REG-MARITAL-STATUS-CHECKED"] = (CleanResale, () => CleanResale().Without("MARITAL_STATEMENT")),
            ["REG-SPOUSES-JOINT-OWNERSHIP"] = (
                () => Spouses().With("COOWNERSHIP_AGREEMENT"),
                Spouses),
            ["REG-RESIDENCE-ON-DWELLING"] = (
                () => CleanResale().Type("ResidenceRightFirst").With("RESIDENCE_CONTRACT"),
                () => CleanResale().Type("ResidenceRightFirst").With("RESIDENCE_CONTRACT").Unit(u => u with { Use = "Commercial" })),
            ["REG-RESIDENCE-MIXED-USE"] = (
                () => CleanResale().Type("ResidenceRightFirst"),
                () => CleanResale().Type("ResidenceRightFirst").Unit(u => u with { Use = "Mixed" })),
            ["REG-RESIDENCE-WRITTEN-BASIS"] = (() => CleanResale().Type("ResidenceRightFirst").With("RESIDENCE_CONTRACT"), () => CleanResale().Type("ResidenceRightFirst")),
            ["REG-RESIDENCE-SURVIVES-DISPOSAL"] = (CleanResale, () => CleanResale().Unit(u => u with { ResidenceRights = [new ResidenceRightFacts { HolderName = "赵六" }] })),
            ["REG-DOMINANT-CARRIES-EASEMENT"] = (
                () => CleanResale().Unit(u => u with { Easements = [new EasementFacts { UnitIsBurdened = false, CounterpartUnitCode = "X" }] }).With("EASEMENT_REFUSAL"),
                () => CleanResale().Unit(u => u with { Easements = [new EasementFacts { UnitIsBurdened = false, CounterpartUnitCode = "X" }] })),
            ["REG-HOMESTEAD-TRANSFEREE-MEMBER"] = (
                () => CleanResale().Type("HomesteadTransfer", Seller, Buyer).Case(c => c with { Cause = "Exchange" }).With("COLLECTIVE_MEMBERSHIP_PROOF"),
                () => CleanResale().Type("HomesteadTransfer", Seller, Buyer).Case(c => c with { Cause = "Exchange" })),
            ["REG-FAMILY-CONTRACT-ISSUER-CONSENT"] = (
                () => CleanResale().Type("LandContractTransfer").Unit(u => u with { IsHouseholdContract = true }).With("ISSUER_CONSENT"),
                () => CleanResale().Type("LandContractTransfer").Unit(u => u with { IsHouseholdContract = true })),
            ["REG-COLLECTIVE-TRANSFER-QUORUM"] = (
                () => CleanResale().Type("CollectiveLandOwnershipTransfer").With("MEMBERS_TWO_THIRDS_CONSENT"),
                () => CleanResale().Type("CollectiveLandOwnershipTransfer")),
            ["REG-SEA-TRANSFER-APPROVED"] = (
                () => CleanResale().Type("SeaAreaTransfer").Unit(u => u with { ObtainedByApproval = true }).With("SEA_TRANSFER_APPROVAL", "SEA_FEE_RECEIPT"),
                () => CleanResale().Type("SeaAreaTransfer").Unit(u => u with { ObtainedByApproval = true }).With("SEA_TRANSFER_APPROVAL")),

            // ---- booking ----
            ["REG-OPEN-CASE-EARLIER"] = (
                () => CleanResale().Unit(u => u with { OpenCases = [new OpenCaseFacts { CaseNo = "2026-000150", BusinessType = "MortgageFirst", AcceptedAt = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(8)) }] }),
                () => CleanResale().Unit(u => u with { OpenCases = [new OpenCaseFacts { CaseNo = "2026-000050", BusinessType = "MortgageFirst", AcceptedAt = new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.FromHours(8)) }] })),
            ["REG-BOOK-RIGHT-STILL-CURRENT"] = (CleanResale, () => CleanResale().Unit(u => u with { RightStatus = RightStatus.Historical })),
            ["REG-ANNOUNCEMENT-COMPLETED"] = (
                () => CleanResale().Type("HomesteadFirst").Case(c => c with { AnnouncementWorkingDays = 15 }), // exactly 15 working days
                () => CleanResale().Type("HomesteadFirst").Case(c => c with { AnnouncementWorkingDays = 14 })),
            ["REG-EX-OFFICIO-CORRECTION-SEQUENCE"] = (
                () => CleanResale().Type("CorrectionExOfficio").With("CORRECTION_NOTICE").Case(c => c with { CorrectionNoticeWorkingDays = 30, AnnouncementWorkingDays = 15 }),
                () => CleanResale().Type("CorrectionExOfficio").With("CORRECTION_NOTICE").Case(c => c with { CorrectionNoticeWorkingDays = 29, AnnouncementWorkingDays = 15 })),
            ["REG-BOOK-CERTIFICATE-NOT-VOIDED"] = (CleanResale, () => CleanResale().Unit(u => u with { CertificateVoided = true })),
        };

    private static ReviewFacts MortgageChange() => CleanResale()
        .Type("MortgageChange", Seller with { Role = PartyRole.Mortgagor }, Bank)
        .Case(c => c with { MortgageChange = new MortgageChangeFacts { TargetPriority = 1, RaisesAmount = true } })
        .Unit(u => u with { Mortgages = [Mortgage(1), Mortgage(2)] });

    // Unit co-owned by shares by 张三 (applies) and 王五 (does not).
    private static ReviewFacts CoOwned(ShareFraction seller, ShareFraction other) => CleanResale()
        .Unit(u => u with { CoOwnershipType = CoOwnershipType.ByShares, Holders = [Holder("张三", SellerId, seller), Holder("王五", ThirdId, other)] });

    private static ReviewFacts TwoBuyers(ShareFraction a, ShareFraction b) =>
        CleanResale().Case(c => c with { Parties = [Seller, Buyer with { Share = a }, new PartyFacts { Role = PartyRole.Transferee, Name = "赵六", IdNumber = FourthId, Share = b }] });

    private static ReviewFacts Spouses() => TwoBuyers(new ShareFraction(1, 2), new ShareFraction(1, 2))
        .Shared(s => s with { MarriageRecords = [new MarriageRecordFacts { IdNumber = BuyerId, Status = MaritalStatus.Married, SpouseName = "赵六", SpouseIdNumber = FourthId }] });
}
