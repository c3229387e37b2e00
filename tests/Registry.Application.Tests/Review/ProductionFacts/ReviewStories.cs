using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Register;
using static Registry.Application.Tests.Review.ProductionFacts.People;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>
/// For every review rule, a story where it must pass and one or more where it must fire — each told through the
/// product (register effects, acceptance, the data-sharing feed) and reviewed through the production fact builder.
/// </summary>
internal static class ReviewStories
{
    public const string HouseRight = "国有建设用地使用权/房屋所有权";
    public const string Court = "长丰县人民法院";
    public const string Ruling = "(2026)皖0121执100号";
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly IReadOnlyDictionary<string, (Story Pass, Story[] Fail)> All = new Dictionary<string, (Story, Story[])>
    {
        // ---- intake ----
        ["REG-PARTY-ID-DOCUMENT-CURRENT"] = (Resale() with { Stage = RuleStage.Intake, IdentityDetails = Details(LiSi, Today, null) },
            [Resale() with { Stage = RuleStage.Intake, IdentityDetails = Details(LiSi, Today.AddDays(-1), null) }]),
        // Passes with only the seller signing when a ground for a single application is declared (IR 27, e.g. a judgment).
        ["REG-JOINT-APPLICATION"] = (Resale() with
            {
                Stage = RuleStage.Intake,
                Parties = [Seller, new(CasePartyRole.Transferee, LiSi.Name, LiSi.IdNumber, IsApplicant: false)],
                Declared = ResaleDeclaration() with { Extras = new Dictionary<string, string> { ["coOwnership"] = "Sole", [CaseFactsMapper.SingleApplicationGroundKey] = "生效法律文书" } },
            },
            [Resale() with { Stage = RuleStage.Intake, Parties = [Seller, new(CasePartyRole.Transferee, LiSi.Name, LiSi.IdNumber, IsApplicant: false)] }]),
        ["REG-AGENT-AUTHORITY"] = ((Resale() with { Stage = RuleStage.Intake, Parties = [Seller, Buyer, Agent] }).With("POWER_OF_ATTORNEY", "POA_SIGNED_AT_OFFICE"),
            [(Resale() with { Stage = RuleStage.Intake, Parties = [Seller, Buyer, Agent] }).With("POWER_OF_ATTORNEY"),
             // A buyer from Hong Kong on a travel permit (境外): a power of attorney signed at the office is not enough.
             (Resale() with { Stage = RuleStage.Intake, Parties = [Seller, OverseasBuyer, Agent], ContractBuyers = [(OverseasBuyer.Name, OverseasBuyer.IdNumber)] }).With("POWER_OF_ATTORNEY", "POA_SIGNED_AT_OFFICE")]),
        ["REG-GUARDIAN-GUARANTEE"] = (ChildSells().With("GUARDIANSHIP_PROOF", "GUARDIAN_GUARANTEE"),
            [ChildSells().With("GUARDIANSHIP_PROOF"),
             // An adult declared of limited capacity by a court (民法典 24), as the identity source reports it.
             Resale() with { Stage = RuleStage.Intake, IdentityDetails = Details(ZhangSan, null, "(2025)皖0121民特1号"), Parties = [Seller, Buyer, Guardian] }]),
        ["REG-FIRST-REGISTRATION-EXISTS"] = (Resale() with { Stage = RuleStage.Intake }, [Resale() with { Stage = RuleStage.Intake, Register = _ => [] }]),
        // The resale's workflow waits for the tax bureau's tax-paid signal, so intake does not ask for the tax receipt; a
        // gift's workflow does not wait for it, so its receipt is asked for at the window.
        ["REG-MATERIALS-COMPLETE"] = ((Resale() with { Stage = RuleStage.Intake, TaxPaid = false }).Without("TAX_RECEIPT"),
            [(Resale() with { Stage = RuleStage.Intake }).Without("APPLICATION_FORM"),
             (Resale() with { Stage = RuleStage.Intake, Type = "HouseTransferGift", Cause = "Gift", TaxPaid = false, Contract = false }).Without("TAX_RECEIPT").Without("SALE_CONTRACT").With("GIFT_CONTRACT")]),
        ["REG-DECLARED-PRICE-PRESENT"] = (Resale() with { Stage = RuleStage.Intake },
            [Resale() with { Stage = RuleStage.Intake, Declared = new CaseDeclaration { CertificateNo = "{cert}" } }]),
        ["REG-OPEN-CASE-NOTICE"] = (Resale() with { Stage = RuleStage.Intake }, [Resale() with { Stage = RuleStage.Intake, OtherOpenCases = ["MortgageFirst"] }]),
        ["REG-ENTRUSTED-DOCUMENTS"] = (Seizure(), [Seizure().Without("RULING")]),
        ["REG-SEIZURE-TERM-CAP"] = (Seizure(), [Seizure() with { Declared = SeizureOrder(Today.AddYears(3).AddDays(1)) }]),
        ["REG-WAITING-SEIZURE-QUEUED"] = (Seizure(), [Seizure() with { Register = c => [Owned(c), Seized(c)] }]),
        ["REG-PURCHASE-MORTGAGE-NEEDS-PRENOTICE"] = (PurchaseMortgage(LiSi), [PurchaseMortgage(WangWu)]),
        ["REG-OBJECTION-PREREQUISITES"] = (Objection("M1").With("HOLDER_REFUSED_CORRECTION"), [Objection("M1")]),
        ["REG-PROPERTY-MORTGAGEABLE"] = (Mortgage() with { Stage = RuleStage.Intake },
            [Mortgage() with { Stage = RuleStage.Intake, Register = c => [Owned(c, "宅基地使用权/房屋所有权")] },
             Mortgage() with { Stage = RuleStage.Intake, Use = "教育用地/公益" },
             Mortgage() with { Stage = RuleStage.Intake, Restrictions = [new(UnitRestrictionKind.OwnershipDispute, "长丰县人民政府", [])] }]),
        ["REG-HOUSEHOLD-CONTRACT-MORTGAGE"] = (Mortgage() with { Stage = RuleStage.Intake, Register = c => [Owned(c, "土地经营权")] },
            [Mortgage() with { Stage = RuleStage.Intake, Register = c => [Owned(c, "土地承包经营权")] }]),
        ["REG-RESIDENCE-NOT-TRANSFERABLE"] = (ResidenceChange(), [ResidenceChange() with { Parties = [.. ResidenceChange().Parties, new(CasePartyRole.Transferee, WangWu.Name, WangWu.IdNumber)] }]),
        ["REG-EASEMENT-NOT-SEPARABLE"] = (EasementTransfer(WangWu), [EasementTransfer(ZhaoLiu)]),
        ["REG-LAND-MANAGEMENT-MIN-TERM"] = (LandManagement(new DateOnly(2031, 1, 1)), [LandManagement(new DateOnly(2030, 12, 31))]),
        ["REG-OBJECTION-NOT-REPEATED"] = (Objection("M2") with { RegisterDaysAgo = 20, Register = c => [Owned(c), new AddObjection(c.Unit, new PartySpec(WangWu.Name, WangWu.IdNumber), "M1")] },
            [Objection("M1") with { RegisterDaysAgo = 20, Register = c => [Owned(c), new AddObjection(c.Unit, new PartySpec(WangWu.Name, WangWu.IdNumber), "M1")] }]),

        // ---- examination ----
        ["REG-PARTY-ID-VERIFIED"] = (Resale(), [Resale() with { VerifyIdentities = false, Parties = [Seller, new(CasePartyRole.Transferee, SunQi.Name, SunQi.IdNumber)], ContractBuyers = [SunQi] }]),
        ["REG-DISPOSER-IS-HOLDER"] = (Resale(), [Resale() with { Register = c => [Owned(c, holder: WangWu)] }]),
        ["REG-CERTIFICATE-CURRENT"] = (Resale(),
            [Resale() with { Declared = ResaleDeclaration() with { CertificateNo = "皖(2018)长丰县不动产权第0000001号" } },
             // The holder declared the certificate lost: an open 补证 case on the unit voids the paper presented.
             Resale() with { OtherOpenCases = ["CertificateReissue"] }]),
        ["REG-NO-DISPUTE-OR-ILLEGAL-BUILDING"] = (Resale() with { Restrictions = [new(UnitRestrictionKind.OwnershipDispute, "长丰县人民政府", [], Released: true)] },
            [Resale() with { Restrictions = [new(UnitRestrictionKind.OwnershipDispute, "长丰县人民政府", [])] },
             Resale() with { Restrictions = [new(UnitRestrictionKind.IllegalBuilding, "长丰县城市管理局", [])] }]),
        ["REG-LAND-TERM-EXPIRED"] = (Resale() with { Use = "商业", Register = c => [Owned(c, termEnd: Today)] },
            [Resale() with { Use = "商业", Register = c => [Owned(c, termEnd: Today.AddDays(-1))] }]),
        ["REG-LAND-TERM-RESIDENTIAL-RENEWAL"] = (Resale(), [Resale() with { Register = c => [Owned(c, termEnd: Today.AddDays(-1))] }]),
        ["REG-TAX-PAID"] = (Resale().Without("TAX_RECEIPT"), [(Resale() with { TaxPaid = false }).Without("TAX_RECEIPT")]),
        ["REG-MAINTENANCE-FUND-PAID"] = (NewBuild() with { MaintenanceFundPaid = true }, [NewBuild(), NewBuild() with { MaintenanceFundPaid = false }]),
        ["REG-CONTRACT-PRESENT"] = (Resale() with { ContractNotFiled = true }, [Resale() with { Contract = false }, NewBuild() with { ContractNotFiled = true }]),
        ["REG-CONTRACT-PRICE-MATCHES"] = (Resale(), [Resale() with { ContractPrice = 999_999m }]),
        ["REG-CONTRACT-PARTIES-MATCH"] = (Resale(), [Resale() with { ContractBuyers = [("李思", LiSi.IdNumber)] }]),
        ["REG-COURT-DOCUMENT-IN-FORCE"] = (CourtOrder((true, true)), [CourtOrder((false, true)), CourtOrder((true, false)), CourtOrder(null) with { Declared = new CaseDeclaration { EntrustingAuthority = Court, CourtDocumentNo = "(2026)皖0121民初89号" } }]),
        ["REG-SITE-INSPECTION"] = (HouseFirst().With("SITE_INSPECTION_RECORD"), [HouseFirst()]),
        ["REG-INHERITANCE-EVIDENCE"] = (Inheritance().With("NOTARISED_INHERITANCE"), [Inheritance().With("DEATH_CERTIFICATE")]),
        ["REG-SEIZURE-BLOCKS-DISPOSAL"] = (Resale(), [Resale() with { Register = c => [Owned(c), Seized(c)] },
            // A second court's seizure waits in the queue (轮候) behind the first.
            Resale() with { Register = c => [Owned(c), Seized(c), new AddSeizure(c.Unit, "合肥市中级人民法院", $"(2026)皖01执保{c.Number}号", null, Today.AddDays(-10), Today.AddYears(3))] }]),
        ["REG-ENTRUSTED-DEBTOR-MISMATCH"] = (Seizure() with { Stage = RuleStage.Review }, [Seizure(debtor: WangWu) with { Stage = RuleStage.Review }]),
        ["REG-MAXAMOUNT-FIXED-BY-SEIZURE"] = (Seizure() with { Stage = RuleStage.Review, Register = c => [Owned(c), Mortgaged(c)] },
            [Seizure() with { Stage = RuleStage.Review, Register = c => [Owned(c), Mortgaged(c, MortgageKind.MaximumAmount)] }]),
        ["REG-ADMIN-RESTRICTION-BLOCKS"] = (Resale() with { Restrictions = [new(UnitRestrictionKind.Expropriation, "长丰县人民政府", [], Released: true), new(UnitRestrictionKind.Tax, "国家税务总局长丰县税务局", ["Mortgage*"])] },
            [Resale() with { Restrictions = [new(UnitRestrictionKind.Expropriation, "长丰县人民政府", [])] },
             Mortgage() with { Restrictions = [new(UnitRestrictionKind.Tax, "国家税务总局长丰县税务局", ["Mortgage*"])] }]),
        ["REG-PRENOTICE-HOLDER-CONSENT"] = ((Resale() with { Register = c => [Owned(c), PreNotice(c, WangWu, PreNoticeKind.Transfer)] }).With("PRE_NOTICE_HOLDER_CONSENT"),
            [Resale() with { Register = c => [Owned(c), PreNotice(c, WangWu, PreNoticeKind.Transfer)] }]),
        ["REG-PRENOTICE-MAIN-MATCHES"] = (PreNoticeToMain(LiSi), [PreNoticeToMain(WangWu)]),
        ["REG-INCONSTRUCTION-EXCLUDES-PRESOLD"] = (InConstructionMortgage(presold: false), [InConstructionMortgage(presold: true), InConstructionMortgage(presold: false) with { Contract = true }]),
        ["REG-OBJECTION-UNDERTAKING"] = ((Resale() with { Register = c => [Owned(c), Objected(c)] }).With("OBJECTION_RISK_UNDERTAKING"),
            [Resale() with { Register = c => [Owned(c), Objected(c)] },
             // Booked 20 days ago, but the objector sued in time (民法典 220): the objection has not lapsed.
             Resale() with { Register = c => [Owned(c), Objected(c)], RegisterDaysAgo = 20, ObjectionCourtFiled = true }]),
        ["REG-OBJECTION-NOTICE"] = (Resale() with { Register = c => [Owned(c), Objected(c), new CancelObjection(c.Unit, WangWu.IdNumber)] }, [Resale() with { Register = c => [Owned(c), Objected(c)] }]),
        ["REG-CORRECTION-BARRED"] = (Correction() with { Register = c => [Owned(c)] },
            [Correction() with { Register = c => [Owned(c), new AddSeizure(c.Unit, Court, $"(2026)皖0121执保{c.Number}号", null, Today, Today.AddYears(2))] }]),
        // 先解押后过户 in one combined case: the mortgage is cancelled by a step of the same case.
        // 民法典 406: the mortgage records an agreement not to transfer the property.
        ["REG-MORTGAGE-RESTRICTION-CONSENT"] = ((Resale() with { Register = c => [Owned(c), Mortgaged(c, restricted: true)] }).With("MORTGAGEE_TRANSFER_CONSENT"),
            [Resale() with { Register = c => [Owned(c), Mortgaged(c, restricted: true)] }]),
        // 民法典 409: three mortgages; the change of the first (or the third's move past the second) needs the others' written consent.
        ["REG-ADVERSE-CHANGE-CONSENT"] = (MortgageChange(raise: true).With("LOWER_MORTGAGEE_CONSENT"),
            [MortgageChange(raise: true), MortgageChange(extend: true), MortgageChange(scope: "Principal,Interest"), MortgageChange(movesThirdUp: true)]),
        // IR 86: a unit still under the developer's in-construction mortgage gets no purchase pre-notice.
        ["REG-RELEASE-INCONSTRUCTION-FIRST"] = (PreNoticePurchase(inConstruction: false), [PreNoticePurchase(inConstruction: true)]),
        // IR 60/62: the benefiting unit's register records the easement over the neighbour's parcel; selling it carries it.
        ["REG-DOMINANT-CARRIES-EASEMENT"] = (BenefitingSale().With("EASEMENT_REFUSAL"), [BenefitingSale()]),
        // IR 58: a sea-area right granted by approval (审批) is transferred only with the ocean authority's approval and fees.
        ["REG-SEA-TRANSFER-APPROVED"] = (SeaTransfer("审批").With("SEA_TRANSFER_APPROVAL", "SEA_FEE_RECEIPT"), [SeaTransfer("审批"), SeaTransfer("审批").With("SEA_TRANSFER_APPROVAL")]),
        ["REG-MORTGAGE-CARRIED-OVER"] = (Resale() with { Type = "CmbMortgageCancelThenTransfer", Register = c => [Owned(c), Mortgaged(c)] }, [Resale() with { Register = c => [Owned(c), Mortgaged(c)] }]),
        ["REG-MORTGAGE-ASSIGNMENT-NOTICE"] = (MortgageTransfer().With("DEBTOR_NOTIFIED"), [MortgageTransfer()]),
        ["REG-MAXAMOUNT-TRANSFER-FIXED"] = (MortgageTransfer("MortgageMaxAmountTransfer", MortgageKind.MaximumAmount).With("PARTIAL_DEBT_AGREEMENT"),
            [MortgageTransfer("MortgageMaxAmountTransfer", MortgageKind.MaximumAmount)]),
        ["REG-ABANDONMENT-CONSENT"] = (Abandonment().With("ENCUMBRANCER_CONSENT"), [Abandonment()]),
        ["REG-COOWNED-QUORUM"] = (JointResale(bothSell: true), [JointResale(bothSell: false)]),
        ["REG-SHARE-TRANSFER-NOTICE"] = (Resale(), [ShareSale()]),
        // Marriage records are kept per person: each story has its own people so no story sees another's record.
        ["REG-MARITAL-STATUS-CHECKED"] = ((SoldBy(ZhouBa) with { Marriages = Married(ZhouBa, "Unmarried", null) }).Without("MARITAL_STATEMENT"),
            [SoldBy(WuJiu).Without("MARITAL_STATEMENT"), SoldBy(ZhengShi) with { Marriages = Married(ZhengShi, "Married", ZhaoLiu.IdNumber) }]),
        ["REG-SPOUSES-JOINT-OWNERSHIP"] = ((Spouses() with { Marriages = Married(QianYi, "Married", SunEr.IdNumber) }).With("COOWNERSHIP_AGREEMENT"),
            [Spouses() with { Marriages = Married(QianYi, "Married", SunEr.IdNumber) }]),
        ["REG-RESIDENCE-ON-DWELLING"] = (ResidenceFirst(), [ResidenceFirst() with { Use = "工业" }]),
        ["REG-RESIDENCE-MIXED-USE"] = (ResidenceFirst(), [ResidenceFirst() with { Use = "商住" }]),
        ["REG-RESIDENCE-WRITTEN-BASIS"] = (ResidenceFirst(), [ResidenceFirst().Without("RESIDENCE_CONTRACT")]),
        // Passes without an acknowledgement when the residence right's term ended yesterday.
        ["REG-RESIDENCE-SURVIVES-DISPOSAL"] = (Resale() with { Register = c => [Owned(c), new AddResidenceRight(c.Unit, new PartySpec(ZhaoLiu.Name, ZhaoLiu.IdNumber), Today.AddDays(-1))] },
            [Resale() with { Register = c => [Owned(c), Residence(c)] }]),
        ["REG-HOMESTEAD-TRANSFEREE-MEMBER"] = (Homestead().With("COLLECTIVE_MEMBERSHIP_PROOF"), [Homestead()]),
        ["REG-FAMILY-CONTRACT-ISSUER-CONSENT"] = (LandContractSale("土地承包经营权").With("ISSUER_CONSENT"),
            [LandContractSale("土地承包经营权")]),
        ["REG-COLLECTIVE-TRANSFER-QUORUM"] = (CollectiveTransfer().With("MEMBERS_TWO_THIRDS_CONSENT"), [CollectiveTransfer()]),

        // ---- booking ----
        ["REG-OPEN-CASE-EARLIER"] = (Resale() with { Stage = RuleStage.Book, OtherOpenCases = ["CertificateUpgrade"] }, [Resale() with { Stage = RuleStage.Book, OtherOpenCases = ["MortgageFirst"] }]),
        ["REG-BOOK-RIGHT-STILL-CURRENT"] = (Resale() with { Stage = RuleStage.Book }, [Resale() with { Stage = RuleStage.Book, Register = _ => [] }]),
        ["REG-BOOK-CERTIFICATE-NOT-VOIDED"] = (Resale() with { Stage = RuleStage.Book }, [Resale() with { Stage = RuleStage.Book, OtherOpenCases = ["CertificateReissue"] }]),
        ["REG-ANNOUNCEMENT-COMPLETED"] = (Cancel("Destroyed") with { Stage = RuleStage.Book }, [HomesteadFirst() with { Stage = RuleStage.Book }]),
    };

    // ---- parties ----
    public static StoryParty Seller => new(CasePartyRole.Transferor, ZhangSan.Name, ZhangSan.IdNumber);

    public static StoryParty Buyer => new(CasePartyRole.Transferee, LiSi.Name, LiSi.IdNumber);

    private static StoryParty OverseasBuyer => new(CasePartyRole.Transferee, "陈家明", "H12345678", Document: Registry.Domain.Parties.IdentityDocumentType.HkMacaoTravelPermit);

    private static StoryParty Agent => new(CasePartyRole.Agent, WangWu.Name, WangWu.IdNumber);

    private static StoryParty Guardian => new(CasePartyRole.Guardian, ZhaoLiu.Name, ZhaoLiu.IdNumber);

    // ---- register ----
    public static RegisterEffect Owned(StoryContext c, string rightType = HouseRight, (string Name, string IdNumber)? holder = null, DateOnly? termEnd = null) =>
        new CreateOwnership(c.Unit, rightType, CoOwnership.Sole, [new HolderSpec((holder ?? ZhangSan).Name, (holder ?? ZhangSan).IdNumber)], c.Certificate,
            new DateOnly(2010, 1, 1), termEnd ?? new DateOnly(2079, 12, 31));

    public static RegisterEffect Seized(StoryContext c) => new AddSeizure(c.Unit, Court, $"(2026)皖0121执保{c.Number}号", null, Today.AddDays(-30), Today.AddYears(2));

    public static RegisterEffect Mortgaged(StoryContext c, MortgageKind kind = MortgageKind.General, bool restricted = false, (string Name, string IdNumber)? mortgagee = null,
        string? scope = null, bool inConstruction = false) =>
        new AddMortgage(c.Unit, kind, new PartySpec((mortgagee ?? Bank).Name, (mortgagee ?? Bank).IdNumber), 500_000m, new DateOnly(2025, 1, 1), new DateOnly(2045, 1, 1),
            TransferRestricted: restricted, GuaranteeScope: scope, InConstruction: inConstruction);

    public static RegisterEffect PreNotice(StoryContext c, (string Name, string IdNumber) holder, PreNoticeKind kind) => new AddPreNotice(c.Unit, kind, new PartySpec(holder.Name, holder.IdNumber));

    public static RegisterEffect Objected(StoryContext c) => new AddObjection(c.Unit, new PartySpec(WangWu.Name, WangWu.IdNumber), "买卖合同纠纷");

    public static RegisterEffect Residence(StoryContext c) => new AddResidenceRight(c.Unit, new PartySpec(ZhaoLiu.Name, ZhaoLiu.IdNumber));

    // ---- stories ----
    public static CaseDeclaration ResaleDeclaration() => new() { DeclaredPrice = 1_000_000m, CertificateNo = "{cert}", Extras = SoleOwner };

    /// <summary>The acquirers hold alone (facts.coOwnership, which the record step binds).</summary>
    public static IReadOnlyDictionary<string, string> SoleOwner => new Dictionary<string, string> { ["coOwnership"] = "Sole" };

    /// <summary>A clean second-hand sale (二手房买卖) of a flat 张三 owns alone, to 李四.</summary>
    public static Story Resale() => new()
    {
        Parties = [Seller, Buyer],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT", "MARITAL_STATEMENT"],
        Declared = ResaleDeclaration(),
        Register = c => [Owned(c)],
        Contract = true,
        TaxPaid = true,
    };

    private static Story ChildSells() => Resale() with
    {
        Stage = RuleStage.Intake,
        Parties = [new(CasePartyRole.Transferor, Child.Name, Child.IdNumber), Buyer, Guardian],
        Register = c => [Owned(c, holder: Child)],
    };

    public static Story Mortgage() => new()
    {
        Type = "MortgageFirst",
        Cause = null,
        Parties = [new(CasePartyRole.Mortgagor, ZhangSan.Name, ZhangSan.IdNumber), new(CasePartyRole.Mortgagee, Bank.Name, Bank.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"],
        Declared = new CaseDeclaration { CertificateNo = "{cert}", MortgageAmount = 300_000m, MortgageKind = "General", MortgageTermStart = Today, MortgageTermEnd = Today.AddYears(20) },
        Register = c => [Owned(c)],
        Channel = CaseChannel.BankBranch,
    };

    // As acceptance stores a court's seizure: authority and ruling number, the term as facts.seizureStart/seizureEnd.
    public static CaseDeclaration SeizureOrder(DateOnly? end, (string Name, string IdNumber)? debtor = null)
    {
        var extras = new Dictionary<string, string>
        {
            [CaseFactsMapper.DebtorNameKey] = (debtor ?? ZhangSan).Name,
            [CaseFactsMapper.DebtorIdNumberKey] = (debtor ?? ZhangSan).IdNumber,
            [CaseFactsMapper.SeizureStartKey] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (end is { } e)
        {
            extras[CaseFactsMapper.SeizureEndKey] = e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return new CaseDeclaration { EntrustingAuthority = Court, CourtDocumentNo = Ruling, Extras = extras };
    }

    public static Story Seizure((string Name, string IdNumber)? debtor = null) => new()
    {
        Type = "JudicialSeizure",
        Cause = "CourtOrder",
        Stage = RuleStage.Intake,
        Channel = CaseChannel.Entrusted,
        Materials = ["OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING"],
        Declared = SeizureOrder(Today.AddYears(3), debtor),
        Register = c => [Owned(c)],
    };

    private static Story PurchaseMortgage((string Name, string IdNumber) preNoticeHolder) => new()
    {
        Type = "PreNoticePurchaseMortgage",
        Cause = null,
        Stage = RuleStage.Intake,
        Parties = [new(CasePartyRole.Mortgagor, LiSi.Name, LiSi.IdNumber), new(CasePartyRole.Mortgagee, Bank.Name, Bank.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"],
        Register = c => [Owned(c, holder: People.Developer), PreNotice(c, preNoticeHolder, PreNoticeKind.Purchase)],
    };

    private static Story Objection(string matter) => new()
    {
        Type = "Objection",
        Cause = null,
        Stage = RuleStage.Intake,
        Parties = [new(CasePartyRole.Applicant, WangWu.Name, WangWu.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "PROOF_OF_INTEREST", "PROOF_OF_ERROR"],
        Declared = new CaseDeclaration { ObjectionMatter = matter },
        Register = c => [Owned(c)],
    };

    private static Story ResidenceChange() => new()
    {
        Type = "ResidenceRightChange",
        Cause = null,
        Stage = RuleStage.Intake,
        Parties = [new(CasePartyRole.ResidenceHolder, ZhaoLiu.Name, ZhaoLiu.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID"],
        Register = c => [Owned(c), Residence(c)],
    };

    // 李四 holds an easement over this unit for the benefit of 王五's neighbouring parcel and passes it on to the new holder.
    private static Story EasementTransfer((string Name, string IdNumber) newHolder) => new()
    {
        Type = "EasementTransfer",
        Cause = null,
        Stage = RuleStage.Intake,
        Parties = [new(CasePartyRole.EasementHolder, LiSi.Name, LiSi.IdNumber), new(CasePartyRole.NewEasementHolder, newHolder.Name, newHolder.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID"],
        Register = c => [Owned(c), new AddEasement(c.Unit, new PartySpec(LiSi.Name, LiSi.IdNumber), "通行", c.OtherUnit)],
    };

    private static Story LandManagement(DateOnly end) => new()
    {
        Type = "LandManagementFirst",
        Cause = null,
        Stage = RuleStage.Intake,
        Parties = [new(CasePartyRole.Holder, ZhangSan.Name, ZhangSan.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "TRANSFER_CONTRACT", "CERTIFICATE"],
        Declared = new CaseDeclaration { ContractStart = new DateOnly(2026, 1, 1), ContractEnd = end },
        Register = null,
    };

    private static Story NewBuild() => Resale() with
    {
        Type = "HouseTransferNewBuild",
        Parties = [new(CasePartyRole.Developer, People.Developer.Name, People.Developer.IdNumber), Buyer],
        Register = c => [Owned(c, holder: People.Developer)],
    };

    private static Story CourtOrder((bool InForce, bool ThisUnit)? document) => Resale() with
    {
        Type = "HouseTransferCourtOrder",
        Cause = "CourtOrder",
        Contract = false,
        Declared = new CaseDeclaration { EntrustingAuthority = Court, CourtDocumentNo = "(2026)皖0121民初88号" },
        CourtDocument = document,
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "FINAL_JUDGMENT"],
    };

    private static Story HouseFirst() => new()
    {
        Type = "HouseFirst",
        Cause = null,
        Parties = [new(CasePartyRole.Holder, People.Developer.Name, People.Developer.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID"],
        Register = null,
    };

    private static Story Inheritance() => Resale() with
    {
        Type = "HouseTransferInheritance",
        Cause = "Inheritance",
        Contract = false,
        Parties = [new(CasePartyRole.Deceased, ZhangSan.Name, ZhangSan.IdNumber), new(CasePartyRole.Heir, LiSi.Name, LiSi.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE"],
    };

    private static Story PreNoticeToMain((string Name, string IdNumber) preNoticeHolder) => Resale() with
    {
        Type = "PreNoticeToMain",
        Parties = [new(CasePartyRole.Developer, People.Developer.Name, People.Developer.IdNumber), Buyer],
        Register = c => [Owned(c, holder: People.Developer), PreNotice(c, preNoticeHolder, PreNoticeKind.Purchase)],
    };

    private static Story InConstructionMortgage(bool presold) => Mortgage() with
    {
        Type = "MortgageInConstructionFirst",
        Parties = [new(CasePartyRole.Mortgagor, People.Developer.Name, People.Developer.IdNumber), new(CasePartyRole.Mortgagee, Bank.Name, Bank.IdNumber)],
        Register = c => presold ? [Owned(c, holder: People.Developer), PreNotice(c, LiSi, PreNoticeKind.Purchase)] : [Owned(c, holder: People.Developer)],
    };

    private static Story Correction() => new()
    {
        Type = "CorrectionOnApplication",
        Cause = null,
        Parties = [new(CasePartyRole.Holder, ZhangSan.Name, ZhangSan.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "PROOF_OF_ERROR"],
        Register = c => [Owned(c)],
    };

    private static Story MortgageTransfer(string type = "MortgageTransfer", MortgageKind kind = MortgageKind.General) => new()
    {
        Type = type,
        Cause = null,
        Parties = [new(CasePartyRole.Mortgagee, Bank.Name, Bank.IdNumber), new(CasePartyRole.NewMortgagee, SecondBank.Name, SecondBank.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "DEBT_ASSIGNMENT"],
        Register = c => [Owned(c), Mortgaged(c, kind)],
    };

    // 抵押权变更 of a unit mortgaged three times: the first mortgage (Bank, principal only) raises its amount, extends its
    // term or widens its scope, or the third (ThirdBank) moves up to the second rank (顺位变更).
    private static Story MortgageChange(bool raise = false, bool extend = false, string? scope = null, bool movesThirdUp = false) => new()
    {
        Type = "MortgageChange",
        Cause = null,
        Parties = [new(CasePartyRole.Mortgagor, ZhangSan.Name, ZhangSan.IdNumber),
                   movesThirdUp ? new(CasePartyRole.Mortgagee, ThirdBank.Name, ThirdBank.IdNumber) : new(CasePartyRole.Mortgagee, Bank.Name, Bank.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "CHANGE_AGREEMENT"],
        Declared = new CaseDeclaration
        {
            CertificateNo = "{cert}",
            MortgageAmount = raise ? 600_000m : null,
            MortgageTermEnd = extend ? new DateOnly(2046, 1, 1) : null,
            Extras = new Dictionary<string, string>
            {
                ["priority"] = movesThirdUp ? "3" : "1",
                ["guaranteeScope"] = scope ?? string.Empty,
                ["newPriority"] = movesThirdUp ? "2" : string.Empty,
            }.Where(kv => kv.Value.Length > 0).ToDictionary(),
        },
        Register = c => [Owned(c), Mortgaged(c, scope: "Principal"), Mortgaged(c, mortgagee: SecondBank), Mortgaged(c, mortgagee: ThirdBank)],
        Channel = CaseChannel.BankBranch,
    };

    private static Story PreNoticePurchase(bool inConstruction) => new()
    {
        Type = "PreNoticePurchase",
        Cause = "Sale",
        Parties = [new(CasePartyRole.Transferor, People.Developer.Name, People.Developer.IdNumber), Buyer],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "SALE_CONTRACT", "PRE_NOTICE_AGREEMENT"],
        Register = c => [Owned(c, holder: People.Developer), Mortgaged(c, inConstruction: inConstruction)],
        Contract = true,
        Declared = new CaseDeclaration { DeclaredPrice = 1_000_000m },
    };

    // 张三 sells his parcel, which benefits from a right of way over 王五's neighbouring parcel (recorded on both registers).
    private static Story BenefitingSale() => Resale() with
    {
        Register = c => [Owned(c), new AddEasementBenefit(c.Unit, c.OtherUnit, new PartySpec(ZhangSan.Name, ZhangSan.IdNumber), "通行")],
        OtherRegister = c => [new AddEasement(c.OtherUnit, new PartySpec(ZhangSan.Name, ZhangSan.IdNumber), "通行", c.Unit)],
    };

    private static Story SeaTransfer(string origin) => Resale() with
    {
        Type = "SeaAreaTransfer",
        Use = "养殖用海",
        Contract = false,
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "TRANSFER_CONTRACT"],
        Register = c => [new CreateOwnership(c.Unit, "海域使用权", CoOwnership.Sole, [new HolderSpec(ZhangSan.Name, ZhangSan.IdNumber)], c.Certificate,
            new DateOnly(2020, 1, 1), new DateOnly(2035, 12, 31), origin)],
    };

    private static Story Abandonment() => Cancel("Abandonment") with { Register = c => [Owned(c), Mortgaged(c)] };

    private static Story Cancel(string cause) => new()
    {
        Type = "HouseCancel",
        Cause = cause,
        Parties = [new(CasePartyRole.Holder, ZhangSan.Name, ZhangSan.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE"],
        Register = c => [Owned(c)],
    };

    private static Story JointResale(bool bothSell) => Resale() with
    {
        Parties = bothSell ? [Seller, new(CasePartyRole.Transferor, WangWu.Name, WangWu.IdNumber), Buyer] : [Seller, Buyer],
        Register = c => [new CreateOwnership(c.Unit, HouseRight, CoOwnership.Joint, [new HolderSpec(ZhangSan.Name, ZhangSan.IdNumber), new HolderSpec(WangWu.Name, WangWu.IdNumber)], c.Certificate)],
    };

    // 张三 sells his own half under 按份共有 (民法典 305); the other half stays with 王五. The buyer's share is not stated, as
    // acceptance takes it today (a stated 1/2 is refused: shares must add up to 1 within a role).
    private static Story ShareSale() => Resale() with
    {
        Declared = ResaleDeclaration() with { Extras = new Dictionary<string, string> { [CaseFactsMapper.DisposesWholeKey] = "false", ["coOwnership"] = "Sole" } },
        Register = c => [new CreateOwnership(c.Unit, HouseRight, CoOwnership.ByShares, [new HolderSpec(ZhangSan.Name, ZhangSan.IdNumber, "1/2"), new HolderSpec(WangWu.Name, WangWu.IdNumber, "1/2")], c.Certificate, new DateOnly(2010, 1, 1), new DateOnly(2079, 12, 31))],
    };

    private static Story SoldBy((string Name, string IdNumber) seller) => Resale() with
    {
        Parties = [new(CasePartyRole.Transferor, seller.Name, seller.IdNumber), Buyer],
        Register = c => [Owned(c, holder: seller)],
    };

    // A married couple buys by shares (民法典 308 presumes 按份 only without agreement; spouses usually hold jointly).
    private static Story Spouses() => Resale() with
    {
        Parties = [Seller, new(CasePartyRole.Transferee, QianYi.Name, QianYi.IdNumber, "1/2"), new(CasePartyRole.Transferee, SunEr.Name, SunEr.IdNumber, "1/2")],
        Declared = ResaleDeclaration() with { Extras = new Dictionary<string, string> { ["coOwnership"] = "ByShares" } },
    };

    private static Story ResidenceFirst() => new()
    {
        Type = "ResidenceRightFirst",
        Cause = null,
        Parties = [Seller with { Role = CasePartyRole.Holder }, new(CasePartyRole.ResidenceHolder, ZhaoLiu.Name, ZhaoLiu.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "RESIDENCE_CONTRACT"],
        Register = c => [Owned(c)],
    };

    private static Story Homestead() => new()
    {
        Type = "HomesteadTransfer",
        Cause = "Sale",
        Parties = [Seller, Buyer],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE"],
        Register = c => [Owned(c, "宅基地使用权/房屋所有权")],
    };

    private static Story HomesteadFirst() => new()
    {
        Type = "HomesteadFirst",
        Cause = null,
        Parties = [Seller with { Role = CasePartyRole.Holder }],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID"],
        Register = null,
    };

    private static Story LandContractSale(string rightType) => new()
    {
        Type = "LandContractTransfer",
        Cause = "Sale",
        Parties = [Seller, Buyer],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE"],
        Use = "耕地",
        Register = c => [Owned(c, rightType)],
    };

    private static Story CollectiveTransfer() => new()
    {
        Type = "CollectiveLandOwnershipTransfer",
        Cause = null,
        Parties = [new(CasePartyRole.Transferor, Village.Name, Village.IdNumber), new(CasePartyRole.Transferee, People.Cooperative.Name, People.Cooperative.IdNumber)],
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE"],
        Use = "耕地",
        Register = c => [Owned(c, "集体土地所有权", holder: Village)],
    };


    private static Dictionary<string, (DateOnly?, string?)> Details((string Name, string IdNumber) p, DateOnly? until, string? ruling) => new() { [p.IdNumber] = (until, ruling) };

    private static Dictionary<string, (string, string?)> Married((string Name, string IdNumber) p, string status, string? spouse) => new() { [p.IdNumber] = (status, spouse) };
}
