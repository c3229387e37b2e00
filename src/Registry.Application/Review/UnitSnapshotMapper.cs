using Registry.Application.Review.Facts;
using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;

namespace Registry.Application.Review;

/// <summary>
/// Maps a register snapshot (登记簿) to the <see cref="UnitSnapshot"/> the rules read: rights with holders and exact
/// shares, mortgages in priority order, the active seizure and the waiting queue, pre-notices, objections, residence
/// rights and easements. Register words (国有建设用地使用权/房屋所有权, 住宅…) become the rules' codes.
/// </summary>
public static class UnitSnapshotMapper
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Builds the snapshot; <paramref name="openCases"/> are other open cases on the unit.</summary>
    public static UnitSnapshot ToFacts(RegisterSnapshot snapshot, IReadOnlyList<OpenCaseFacts>? openCases = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var ownership = snapshot.Ownership;
        var seizures = new List<SeizureFacts>();
        if (snapshot.ActiveSeizure is { } active)
        {
            seizures.Add(ToFacts(active, 0));
        }

        for (var i = 0; i < snapshot.WaitingSeizures.Count; i++)
        {
            seizures.Add(ToFacts(snapshot.WaitingSeizures[i], i + 1));
        }

        return new UnitSnapshot
        {
            Code = snapshot.Unit.Code.Value,
            Use = UseCode(snapshot.Unit.Use),
            RightType = ownership is null ? "None" : RightTypeCode(ownership.RightType),
            RightStatus = ownership is null ? RightStatus.None : RightStatus.Current,
            CoOwnershipType = ownership?.CoOwnership switch
            {
                CoOwnership.Joint => CoOwnershipType.Joint,
                CoOwnership.ByShares => CoOwnershipType.ByShares,
                _ => CoOwnershipType.Sole,
            },
            Holders = ownership is null ? [] : [.. ownership.Holders.Select(h => ToFacts(h))],
            CurrentCertificateNo = ownership?.CertificateNumber?.ToString(),
            LandTermEnd = ownership?.TermEnd,
            // 农村土地承包法 (2018) art. 49/53: land contracted by other means (招标、拍卖、公开协商) is registered as 土地经营权;
            // 土地承包经营权 is the household contract's (家庭承包) right. Registers from before 2019 may hold other-means
            // contracts as 土地承包经营权 too; the register has no other field that tells them apart.
            IsHouseholdContract = ownership is not null && string.Equals(ownership.RightType, "土地承包经营权", StringComparison.Ordinal),
            // 海域使用权 obtained by the government's approval (审批), not by tender, auction or listing (招标/拍卖/挂牌): its
            // transfer needs the ocean authority's approval (IR 58). Read from the origin the first registration recorded.
            ObtainedByApproval = ownership?.Origin is { } origin && origin.Contains("审批", StringComparison.Ordinal),
            LastDisposalBookedOn = ownership is null ? null : DateOf(ownership.RecordedAt),
            Mortgages = [.. snapshot.Mortgages.Select((m, i) => new MortgageFacts
            {
                Priority = i + 1,
                Mortgagee = m.Mortgagee.Name,
                MortgageeIdNumber = m.Mortgagee.IdNumber,
                Mortgagors = [.. m.Mortgagors.Select(p => p.Name)],
                Amount = m.Amount,
                IsMaxAmount = m.MortgageKind == MortgageKind.MaximumAmount,
                HasTransferRestriction = m.TransferRestricted,
                IsInConstruction = m.Details.InConstruction,
                BookedOn = DateOf(m.RecordedAt),
                DebtStart = m.DebtStart,
                DebtEnd = m.DebtEnd,
            })],
            Seizures = seizures,
            PreNotices = [.. snapshot.PreNotices.Select(p => new PreNoticeFacts
            {
                Kind = PreNoticeKindOf(p.NoticeKind),
                HolderName = p.Holder.Name,
                HolderIdNumber = p.Holder.IdNumber,
                BookedOn = DateOf(p.RecordedAt),
            })],
            Objections = [.. snapshot.Objections.Select(o => new ObjectionFacts
            {
                ApplicantName = o.Applicant.Name,
                BookedOn = o.BookedOn,
                Matter = o.Reason,
            })],
            ResidenceRights = [.. snapshot.ResidenceRights.Select(r => new ResidenceRightFacts { HolderName = r.Holder.Name, End = r.TermEnd })],
            Easements = [.. snapshot.Easements.Select(e => new EasementFacts { UnitIsBurdened = true, CounterpartUnitCode = e.BenefitingUnit?.Value ?? string.Empty }),
                .. snapshot.EasementBenefits.Select(e => new EasementFacts { UnitIsBurdened = false, CounterpartUnitCode = e.ServientUnit!.Value })],
            OpenCases = openCases ?? [],
        };
    }

    /// <summary>Rule code of a register use (用途): Residential, Industrial, Commercial, Office, Agricultural or the text itself.</summary>
    public static string UseCode(string use)
    {
        ArgumentNullException.ThrowIfNull(use);
        return use switch
        {
            // 商住 / 综合: a dwelling with business use (residence rights on them warn, REG-RESIDENCE-MIXED-USE).
            _ when use.Contains("商住", StringComparison.Ordinal) || use.Contains("综合", StringComparison.Ordinal) => "Mixed",
            // 民法典 399 (3): educational and medical facilities of non-profit bodies for public interest cannot be mortgaged.
            _ when use.Contains("公益", StringComparison.Ordinal) || use.Contains("教育", StringComparison.Ordinal) || use.Contains("医疗", StringComparison.Ordinal) => "PublicInterest",
            _ when use.Contains("住宅", StringComparison.Ordinal) => "Residential",
            _ when use.Contains("工业", StringComparison.Ordinal) => "Industrial",
            _ when use.Contains("商服", StringComparison.Ordinal) || use.Contains("商业", StringComparison.Ordinal) => "Commercial",
            _ when use.Contains("办公", StringComparison.Ordinal) => "Office",
            _ when use.Contains('农', StringComparison.Ordinal) || use.Contains('耕', StringComparison.Ordinal) => "Agricultural",
            _ => use,
        };
    }

    /// <summary>Rule code of a register right type (权利类型).</summary>
    public static string RightTypeCode(string rightType)
    {
        ArgumentNullException.ThrowIfNull(rightType);
        return rightType switch
        {
            "国有建设用地使用权/房屋所有权" or "国有建设用地使用权及房屋所有权" => "StateLandHouse",
            "国有建设用地使用权" => "StateLand",
            "宅基地使用权/房屋所有权" or "宅基地使用权及房屋所有权" => "Homestead",
            "集体建设用地使用权/房屋所有权" or "集体建设用地使用权" => "CollectiveConstructionLand",
            "集体土地所有权" => "CollectiveLandOwnership",
            "土地承包经营权" => "LandContract",
            "土地经营权" => "LandManagement",
            "海域使用权" => "Sea",
            "林权" => "Forest",
            _ => rightType,
        };
    }

    private static HolderFacts ToFacts(RightHolder holder) => new()
    {
        Name = holder.Party.Name,
        IdType = CaseFactsMapper.FactIdType(holder.Party.DocumentType),
        IdNumber = holder.Party.IdNumber,
        Share = holder.Share is Share s ? new ShareFraction(s.Numerator, s.Denominator) : null,

        // The register does not record marriage; the rules read it from the civil-affairs record (shared data).
    };

    private static SeizureFacts ToFacts(SeizureEntry s, int queue) => new()
    {
        Kind = s.State == SeizureState.Active ? SeizureKind.Seizure : SeizureKind.Waiting,
        Authority = s.Authority,
        RulingNo = s.RulingNumber,
        DeliveredAt = s.DeliveredAt,
        QueuePosition = queue,
        Start = s.Start ?? DateOf(s.RecordedAt),
        End = s.End,
    };

    private static PreNoticeKind PreNoticeKindOf(string kind) => kind switch
    {
        _ when kind.Contains("预购", StringComparison.Ordinal) && kind.Contains("抵押", StringComparison.Ordinal) => PreNoticeKind.PurchaseMortgage,
        _ when kind.Contains("预购", StringComparison.Ordinal) => PreNoticeKind.Purchase,
        _ when kind.Contains("抵押", StringComparison.Ordinal) => PreNoticeKind.Mortgage,
        _ => PreNoticeKind.Transfer,
    };

    private static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);
}
