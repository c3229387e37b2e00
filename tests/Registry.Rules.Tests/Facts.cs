using Registry.Application.Review;
using Registry.Application.Review.Facts;

namespace Registry.Rules.Tests;

/// <summary>Builders for clean facts; each test changes only what its rule reads.</summary>
internal static class Facts
{
    public const string UnitCode = "360102001001GB00001F00010001";
    public const string Cert = "赣(2020)南昌市不动产权第0012345号";
    public const string SellerId = "110105198001010016";
    public const string BuyerId = "110105198502020028";
    public const string ThirdId = "310104199003030032";
    public const string FourthId = "440305197504040041";
    public const string BankCode = "91110000600001760P";
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static PartyFacts Seller => new() { Role = PartyRole.Transferor, Name = "张三", IdNumber = SellerId };

    public static PartyFacts Buyer => new() { Role = PartyRole.Transferee, Name = "李四", IdNumber = BuyerId };

    public static PartyFacts Bank => new() { Role = PartyRole.Mortgagee, Kind = PartyKind.Organisation, IdType = IdType.CreditCode, Name = "某银行", IdNumber = BankCode };

    public static HolderFacts Holder(string name, string id, ShareFraction? share = null) => new() { Name = name, IdNumber = id, Share = share };

    /// <summary>A resale (二手房买卖) at review that passes every rule.</summary>
    public static ReviewFacts CleanResale() => new()
    {
        Today = Today,
        Case = new CaseFacts
        {
            CaseNo = "2026-000100",
            BusinessType = "HouseTransferResale",
            AcceptedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8)),
            Cause = "Sale",
            DeclaredPrice = 1_000_000m,
            CertificateNo = Cert,
            Parties = [Seller, Buyer],
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT", "MARITAL_STATEMENT"],
        },
        Unit = new UnitSnapshot
        {
            Code = UnitCode,
            Holders = [Holder("张三", SellerId)],
            CurrentCertificateNo = Cert,
            LandTermEnd = new DateOnly(2080, 12, 31),
        },
        Shared = new SharedDataFacts
        {
            Contract = new NetSignedContractFacts
            {
                ContractNo = "WQ2026-1",
                UnitCode = UnitCode,
                Price = 1_000_000m,
                Sellers = [new ContractPartyFacts { Name = "张三", IdNumber = SellerId }],
                Buyers = [new ContractPartyFacts { Name = "李四", IdNumber = BuyerId }],
            },
            Tax = new TaxPaymentFacts { Paid = true, Amount = 30_000m, VoucherNo = "T1" },
            IdentityChecks = [new IdentityCheckFacts { IdNumber = SellerId, Verified = true }, new IdentityCheckFacts { IdNumber = BuyerId, Verified = true }],
        },
    };

    /// <summary>A court seizure (查封) entrusted with complete documents.</summary>
    public static ReviewFacts CleanSeizure() => CleanResale()
        .Case(c => c with
        {
            BusinessType = "JudicialSeizure",
            Cause = null,
            Channel = IntakeChannel.Entrusted,
            Parties = [],
            DeclaredPrice = null,
            Materials = ["OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING"],
            EntrustingAuthority = new EntrustingAuthorityFacts
            {
                Name = "某区人民法院",
                DocumentNumbers = ["(2026)赣0102执100号"],
                DebtorName = "张三",
                DebtorIdNumber = SellerId,
                OrderStart = Today,
                OrderEnd = Today.AddYears(3),
            },
        });

    public static ReviewFacts Type(this ReviewFacts f, string type, params PartyFacts[] parties) =>
        f.Case(c => c with { BusinessType = type, Parties = parties.Length == 0 ? c.Parties : parties });

    public static ReviewFacts Case(this ReviewFacts f, Func<CaseFacts, CaseFacts> change) => f with { Case = change(f.Case) };

    public static ReviewFacts Unit(this ReviewFacts f, Func<UnitSnapshot, UnitSnapshot> change) => f with { Unit = change(f.Unit) };

    public static ReviewFacts Shared(this ReviewFacts f, Func<SharedDataFacts, SharedDataFacts> change) => f with { Shared = change(f.Shared) };

    public static ReviewFacts With(this ReviewFacts f, params string[] materials) => f.Case(c => c with { Materials = [.. c.Materials, .. materials] });

    public static ReviewFacts Without(this ReviewFacts f, string material) => f.Case(c => c with { Materials = [.. c.Materials.Where(m => m != material)] });

    public static SeizureFacts Seizure(SeizureKind kind = SeizureKind.Seizure, DateOnly? start = null, DateOnly? end = null, int queue = 0) => new()
    {
        Kind = kind,
        Authority = "某区人民法院",
        RulingNo = "(2026)赣0102执保1号",
        DeliveredAt = new DateTimeOffset(2026, 1, 5, 10, 30, 0, TimeSpan.FromHours(8)),
        QueuePosition = queue,
        Start = start ?? new DateOnly(2026, 1, 5),
        End = end ?? new DateOnly(2029, 1, 4),
    };

    public static MortgageFacts Mortgage(int priority = 1, bool restriction = false, bool maxAmount = false, bool fixedDebt = false, bool inConstruction = false) => new()
    {
        Priority = priority,
        Mortgagee = $"银行{priority}",
        Amount = 500_000m,
        HasTransferRestriction = restriction,
        // A determined maximum-amount mortgage is booked as a general one (最高额抵押权确定).
        IsMaxAmount = maxAmount && !fixedDebt,
        IsInConstruction = inConstruction,
        BookedOn = new DateOnly(2024, 1, 1),
    };

    public static PreNoticeFacts PreNotice(string holder = "王五", string id = ThirdId, PreNoticeKind kind = PreNoticeKind.Transfer) =>
        new() { Kind = kind, HolderName = holder, HolderIdNumber = id, BookedOn = new DateOnly(2026, 3, 1) };

    /// <summary>A finished resale that passes every self-check rule.</summary>
    public static FinishedCaseFacts CleanFinished() => new()
    {
        CaseNo = "2026-000200",
        BusinessType = "HouseTransferResale",
        Cause = "Sale",
        RegistrationKind = "Transfer",
        AcceptedAt = new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8)),
        ReviewedAt = new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.FromHours(8)),
        ApprovedAt = new DateTimeOffset(2026, 11, 17, 15, 0, 0, TimeSpan.FromHours(8)),
        BookedAt = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8)),
        CertificateIssuedAt = new DateTimeOffset(2026, 11, 18, 11, 0, 0, TimeSpan.FromHours(8)),
        AcceptedBy = "acceptor1",
        BookedBy = "examiner2",
        PromisedWorkingDays = 5,
        WorkingDaysUsed = 3,
        OutputKind = "RightCert",
        CertificateNo = "赣(2026)南昌市不动产权第0023456号",
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"],
        Right = new BookedRightFacts
        {
            UnitCode = UnitCode,
            Location = "南昌市某路1号1栋101室",
            Area = 100m,
            SurveyArea = 100m,
            SharedArea = 10m,
            ExclusiveArea = 90m,
            Use = "Residential",
            RightType = "StateLandHouse",
            RightNature = "Granted",
            Holders = [Holder("李四", BuyerId)],
            LandTermStart = new DateOnly(2010, 1, 1),
            LandTermEnd = new DateOnly(2080, 1, 1),
        },
        UnitAtBooking = new UnitSnapshot { Code = UnitCode, Holders = [Holder("张三", SellerId)] },
        Today = Today,
    };
}
