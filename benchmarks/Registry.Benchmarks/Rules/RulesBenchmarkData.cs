using System.Globalization;
using Registry.Application.Review.Facts;
using Registry.Rules;

namespace Registry.Benchmarks.Rules;

/// <summary>Shared data for the rules benchmarks: the shipped catalogue and generated facts.</summary>
internal static class RulesBenchmarkData
{
    /// <summary>Finds the repository's rules/ directory (REGISTRY_RULES_DIR overrides) by walking up from the binaries.</summary>
    public static string RulesDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable("REGISTRY_RULES_DIR");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules");
            if (File.Exists(Path.Combine(candidate, "review-intake.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("rules/ not found; set REGISTRY_RULES_DIR.");
    }

    public static RuleSetCatalogue LoadCatalogue() => RuleSetCatalogue.LoadDirectory(RulesDirectory());

    private const string SellerId = "110105198001010016";
    private const string BuyerId = "110105198502020028";
    private const string UnitCode = "360102001001GB00001F00010001";
    private const string Cert = "赣(2020)南昌市不动产权第0012345号";

    /// <summary>A resale with a carried mortgage, a waiting seizure and two buyers: most review rules have something to read.</summary>
    public static ReviewFacts ReviewCase() => new()
    {
        Today = new DateOnly(2026, 11, 23),
        Case = new CaseFacts
        {
            CaseNo = "2026-000100",
            BusinessType = "HouseTransferResale",
            AcceptedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8)),
            Cause = "Sale",
            DeclaredPrice = 1_000_000m,
            CertificateNo = Cert,
            Parties =
            [
                new PartyFacts { Role = PartyRole.Transferor, Name = "张三", IdNumber = SellerId },
                new PartyFacts { Role = PartyRole.Transferee, Name = "李四", IdNumber = BuyerId, Share = new ShareFraction(1, 2) },
                new PartyFacts { Role = PartyRole.Transferee, Name = "赵六", IdNumber = "440305197504040041", Share = new ShareFraction(1, 2) },
            ],
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT", "MARITAL_STATEMENT"],
        },
        Unit = new UnitSnapshot
        {
            Code = UnitCode,
            Holders = [new HolderFacts { Name = "张三", IdNumber = SellerId }],
            CurrentCertificateNo = Cert,
            LandTermEnd = new DateOnly(2080, 12, 31),
            Mortgages = [new MortgageFacts { Priority = 1, Mortgagee = "某银行", Amount = 500_000m, BookedOn = new DateOnly(2024, 1, 1) }],
            Seizures =
            [
                new SeizureFacts
                {
                    Kind = SeizureKind.Waiting, Authority = "某区人民法院", RulingNo = "(2026)赣0102执保1号", QueuePosition = 1,
                    DeliveredAt = new DateTimeOffset(2026, 1, 5, 10, 30, 0, TimeSpan.FromHours(8)), Start = new DateOnly(2026, 1, 5), End = new DateOnly(2029, 1, 4),
                },
            ],
        },
        Shared = new SharedDataFacts
        {
            Contract = new NetSignedContractFacts
            {
                ContractNo = "WQ2026-1",
                UnitCode = UnitCode,
                Price = 1_000_000m,
                Sellers = [new ContractPartyFacts { Name = "张三", IdNumber = SellerId }],
                Buyers = [new ContractPartyFacts { Name = "李四", IdNumber = BuyerId }, new ContractPartyFacts { Name = "赵六", IdNumber = "440305197504040041" }],
            },
            Tax = new TaxPaymentFacts { Paid = true, Amount = 30_000m },
            IdentityChecks =
            [
                new IdentityCheckFacts { IdNumber = SellerId, Verified = true },
                new IdentityCheckFacts { IdNumber = BuyerId, Verified = true },
                new IdentityCheckFacts { IdNumber = "440305197504040041", Verified = true },
            ],
        },
    };

    private static FinishedCaseFacts FinishedTemplate() => new()
    {
        CaseNo = "T",
        BusinessType = "HouseTransferResale",
        Cause = "Sale",
        RegistrationKind = "Transfer",
        AcceptedAt = new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8)),
        ReviewedAt = new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.FromHours(8)),
        BookedAt = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8)),
        AcceptedBy = "a",
        BookedBy = "b",
        OutputKind = "RightCert",
        CertificateNo = "赣(2026)南昌市不动产权第0023456号",
        Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"],
        Right = new BookedRightFacts
        {
            UnitCode = UnitCode,
            Location = "南昌市某路1号",
            Area = 100m,
            SurveyArea = 100m,
            Use = "Residential",
            RightType = "StateLandHouse",
            RightNature = "Granted",
            Holders = [new HolderFacts { Name = "李四", IdNumber = BuyerId }],
            LandTermStart = new DateOnly(2010, 1, 1),
            LandTermEnd = new DateOnly(2080, 1, 1),
        },
        UnitAtBooking = new UnitSnapshot { Code = UnitCode, Holders = [new HolderFacts { Name = "张三", IdNumber = SellerId }] },
        Today = new DateOnly(2026, 11, 23),
    };

    /// <summary>Generates <paramref name="count"/> finished cases lazily (one new record per case; 4 of the 7 variants carry a finding).</summary>
    public static IEnumerable<FinishedCaseFacts> FinishedCases(int count)
    {
        var t = FinishedTemplate();
        var variants = new[]
        {
            t,
            t with { WorkingDaysUsed = 7 },
            t with { BusinessType = "MortgageFirst", RegistrationKind = "First", Cause = null, OutputKind = "RegProof", CertificateNo = "赣(2026)南昌市不动产证明第0000001号", Right = null, Mortgage = new MortgageFacts { Priority = 1, Mortgagee = "某银行", Amount = 1m, BookedOn = new DateOnly(2026, 11, 18), DebtEnd = new DateOnly(2046, 1, 1) } },
            t with { Reported = false },
            t,
            t with { BusinessType = "JudicialSeizure", RegistrationKind = "Seizure", Cause = null, OutputKind = "None", CertificateNo = null, Right = null, Materials = ["OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING"], BookedAt = t.AcceptedAt.AddHours(1), ReviewedAt = null, Seizure = new SeizureFacts { Kind = SeizureKind.Seizure, Authority = "法院", RulingNo = "R1", DeliveredAt = t.AcceptedAt, Start = new DateOnly(2026, 11, 16), End = new DateOnly(2029, 11, 15) } },
            t with { BookedBy = "a" },
        };
        for (var i = 0; i < count; i++)
        {
            yield return variants[i % variants.Length] with { CaseNo = i.ToString(CultureInfo.InvariantCulture) };
        }
    }
}
