using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Parties;

namespace Registry.Application.Review;

/// <summary>Maps a stored case (业务件) to the <see cref="CaseFacts"/> the review rules read.</summary>
public static class CaseFactsMapper
{
    /// <summary>Extra key: ground for a single-party application of a joint type.</summary>
    public const string SingleApplicationGroundKey = "singleApplicationGround";

    /// <summary>Extra key: "false" when the disposal concerns one co-owner's own share, not the whole property.</summary>
    public const string DisposesWholeKey = "disposesWhole";

    /// <summary>Extra key: booking date (yyyy-MM-dd) of the entry a correction says is wrong.</summary>
    public const string CorrectedEntryBookedOnKey = "correctedEntryBookedOn";

    /// <summary>Extra key: start of a seizure's term (yyyy-MM-dd).</summary>
    public const string SeizureStartKey = "seizureStart";

    /// <summary>Extra key: end of a seizure's term (yyyy-MM-dd).</summary>
    public const string SeizureEndKey = "seizureEnd";

    /// <summary>Extra key: debtor's name named in a court order.</summary>
    public const string DebtorNameKey = "debtorName";

    /// <summary>Extra key: debtor's ID number named in a court order.</summary>
    public const string DebtorIdNumberKey = "debtorIdNumber";

    /// <summary>Builds the case facts at <paramref name="stage"/>.</summary>
    public static CaseFacts ToFacts(RegistrationCase registrationCase, RuleStage stage)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var c = registrationCase;
        var d = c.Declared;
        return new CaseFacts
        {
            CaseNo = c.Number.Value,
            BusinessType = c.BusinessType,
            Stage = stage,
            Channel = c.Channel switch
            {
                CaseChannel.Online => IntakeChannel.Online,
                CaseChannel.BankBranch => IntakeChannel.BankBranch,
                CaseChannel.Entrusted => IntakeChannel.Entrusted,
                _ => IntakeChannel.Counter,
            },
            AcceptedAt = c.AcceptedAt.ToOffset(TimeSpan.FromHours(8)), // China time: rules compare calendar days
            Cause = c.Cause,
            Parties = [.. c.Parties.Select(p => ToFacts(p) with { Side = SideOf(p.Role, c.Parties) })],
            Materials = [.. c.Materials.Where(m => !m.ViaDataSharing).Select(m => m.Code).Distinct(StringComparer.Ordinal)],
            SharedMaterials = [.. c.Materials.Where(m => m.ViaDataSharing).Select(m => m.Code).Distinct(StringComparer.Ordinal)],
            DeclaredPrice = d.DeclaredPrice,
            CertificateNo = d.CertificateNo,
            EntrustingAuthority = d.EntrustingAuthority is null && d.CourtDocumentNo is null
                ? null
                : new EntrustingAuthorityFacts
                {
                    Name = d.EntrustingAuthority ?? string.Empty,
                    DocumentNumbers = d.CourtDocumentNo is null ? [] : [d.CourtDocumentNo],
                    DebtorName = d.Extras.GetValueOrDefault(DebtorNameKey),
                    DebtorIdNumber = d.Extras.GetValueOrDefault(DebtorIdNumberKey),
                    // Acceptance takes a seizure's term as facts.seizureStart/seizureEnd (the catalogue binds AddSeizure to them).
                    OrderStart = d.ContractStart ?? DateOf(d.Extras.GetValueOrDefault(SeizureStartKey)),
                    OrderEnd = d.ContractEnd ?? DateOf(d.Extras.GetValueOrDefault(SeizureEndKey)),
                },
            ContractStart = d.ContractStart,
            ContractEnd = d.ContractEnd,
            ObjectionMatter = d.ObjectionMatter,
            SingleApplicationGround = d.Extras.GetValueOrDefault(SingleApplicationGroundKey),
            CorrectedEntryBookedOn = DateOf(d.Extras.GetValueOrDefault(CorrectedEntryBookedOnKey)),
            DisposesWhole = !string.Equals(d.Extras.GetValueOrDefault(DisposesWholeKey), "false", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Maps one party.</summary>
    public static PartyFacts ToFacts(CaseParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var organisation = party.Party.IsOrganisation;
        return new PartyFacts
        {
            Role = AsReviewRole(party.Role),
            Kind = organisation ? PartyKind.Organisation : PartyKind.Person,
            Name = party.Party.Name,
            IdType = FactIdType(party.Party.DocumentType),
            IdNumber = party.Party.IdNumber,
            Share = party.Share is { } s ? new ShareFraction(s.Numerator, s.Denominator) : null,
            IsApplicant = party.IsApplicant,
            // Identified by a passport or a Hong Kong/Macao/Taiwan travel permit (来往内地通行证): a principal from outside the
            // mainland, whose power of attorney is notarised or legalised abroad (REG-AGENT-AUTHORITY). A residence permit
            // or a foreign permanent resident ID means the person lives here. The document tells where the person comes
            // from, not where they are: an approximation the examiner can overrule.
            IsOverseas = party.Party.DocumentType is Registry.Domain.Parties.IdentityDocumentType.Passport
                or Registry.Domain.Parties.IdentityDocumentType.HkMacaoTravelPermit or Registry.Domain.Parties.IdentityDocumentType.TaiwanTravelPermit,
        };
    }

    /// <summary>The rules' identity document type for a party's document (证件种类).</summary>
    public static IdType FactIdType(Registry.Domain.Parties.IdentityDocumentType type) => type switch
    {
        Registry.Domain.Parties.IdentityDocumentType.ResidentId => IdType.ResidentId,
        Registry.Domain.Parties.IdentityDocumentType.CreditCode => IdType.CreditCode,
        Registry.Domain.Parties.IdentityDocumentType.OrganisationCode => IdType.OrganisationCode,
        Registry.Domain.Parties.IdentityDocumentType.Passport => IdType.Passport,
        Registry.Domain.Parties.IdentityDocumentType.HkMacaoTaiwanResidencePermit => IdType.HkMacaoTaiwanPermit,
        Registry.Domain.Parties.IdentityDocumentType.HkMacaoTravelPermit or Registry.Domain.Parties.IdentityDocumentType.TaiwanTravelPermit => IdType.HkMacaoTaiwanTravelPermit,
        Registry.Domain.Parties.IdentityDocumentType.ForeignPermanentResidentId => IdType.ForeignPermanentResident,
        _ => IdType.Other,
    };

    /// <summary>
    /// The side of the dealing a case role is on. A holder role whose "new" counterpart is also in the case gives (原抵押权人
    /// to 新抵押权人, 原地役权人 to 新地役权人, 原预告登记权利人 to the new one); otherwise the holder of a right being created acquires it.
    /// </summary>
    public static PartySide SideOf(Registry.Domain.Cases.CasePartyRole role, IReadOnlyCollection<CaseParty> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        bool Has(Registry.Domain.Cases.CasePartyRole r) => parties.Any(p => p.Role == r);
        return role switch
        {
            Registry.Domain.Cases.CasePartyRole.Developer or Registry.Domain.Cases.CasePartyRole.Deceased => PartySide.Giving,
            Registry.Domain.Cases.CasePartyRole.Heir or Registry.Domain.Cases.CasePartyRole.NewMortgagee
                or Registry.Domain.Cases.CasePartyRole.NewEasementHolder or Registry.Domain.Cases.CasePartyRole.NewPreNoticeHolder
                or Registry.Domain.Cases.CasePartyRole.ResidenceHolder => PartySide.Taking,
            Registry.Domain.Cases.CasePartyRole.Mortgagee => Has(Registry.Domain.Cases.CasePartyRole.NewMortgagee) ? PartySide.Giving : PartySide.Taking,
            Registry.Domain.Cases.CasePartyRole.EasementHolder => Has(Registry.Domain.Cases.CasePartyRole.NewEasementHolder) ? PartySide.Giving : PartySide.Taking,
            Registry.Domain.Cases.CasePartyRole.PreNoticeHolder => Has(Registry.Domain.Cases.CasePartyRole.NewPreNoticeHolder) ? PartySide.Giving : PartySide.Taking,
            _ => PartyFacts.SideOf(AsReviewRole(role)),
        };
    }

    /// <summary>The role the review rules know for a case role: catalogue-only roles map to the role they play in a dealing.</summary>
    public static PartyRole AsReviewRole(Registry.Domain.Cases.CasePartyRole role) => role switch
    {
        Registry.Domain.Cases.CasePartyRole.Developer or Registry.Domain.Cases.CasePartyRole.Deceased => PartyRole.Transferor,
        Registry.Domain.Cases.CasePartyRole.Heir => PartyRole.Transferee,
        Registry.Domain.Cases.CasePartyRole.NewMortgagee => PartyRole.Mortgagee,
        Registry.Domain.Cases.CasePartyRole.EasementHolder or Registry.Domain.Cases.CasePartyRole.NewEasementHolder
            or Registry.Domain.Cases.CasePartyRole.ResidenceHolder or Registry.Domain.Cases.CasePartyRole.PreNoticeHolder
            or Registry.Domain.Cases.CasePartyRole.NewPreNoticeHolder => PartyRole.Holder,
        _ => Enum.Parse<PartyRole>(role.ToString()),
    };
}
