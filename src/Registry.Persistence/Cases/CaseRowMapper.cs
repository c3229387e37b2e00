using System.Text.Json;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Persistence.Cases;

/// <summary>Maps cases to rows and back. Stored values were validated on acceptance, so reading trusts them.</summary>
internal static class CaseRowMapper
{
    public static CaseRow ToRow(RegistrationCase c, long version)
    {
        var d = c.Declared;
        return new CaseRow
        {
            Id = c.Id,
            CaseNumber = c.Number.Value,
            BusinessType = c.BusinessType,
            Status = c.Status.ToString(),
            AcceptedAt = c.AcceptedAt,
            AcceptedBy = c.AcceptedBy,
            Channel = c.Channel.ToString(),
            Cause = c.Cause,
            DeclaredPrice = d.DeclaredPrice,
            CertificateNo = d.CertificateNo,
            MortgageAmount = d.MortgageAmount,
            MortgageTermStart = d.MortgageTermStart,
            MortgageTermEnd = d.MortgageTermEnd,
            MortgageKind = d.MortgageKind,
            EntrustingAuthority = d.EntrustingAuthority,
            CourtDocumentNo = d.CourtDocumentNo,
            ContractStart = d.ContractStart,
            ContractEnd = d.ContractEnd,
            ObjectionMatter = d.ObjectionMatter,
            ExtrasJson = d.Extras.Count == 0 ? null : JsonSerializer.Serialize(d.Extras),
            WorkflowInstanceId = c.WorkflowInstanceId,
            IssuedCertificateNo = c.IssuedCertificateNo,
            ReportedAt = c.ReportedAt,
            ReportAcknowledgedAt = c.ReportAcknowledgedAt,
            IsOpen = c.IsOpen,
            Version = version,
        };
    }

    /// <summary>Copies the mutable fields of a case onto its tracked row.</summary>
    public static void CopyMutable(RegistrationCase c, CaseRow row)
    {
        row.Status = c.Status.ToString();
        row.IsOpen = c.IsOpen;
        row.WorkflowInstanceId = c.WorkflowInstanceId;
        row.IssuedCertificateNo = c.IssuedCertificateNo;
        row.ReportedAt = c.ReportedAt;
        row.ReportAcknowledgedAt = c.ReportAcknowledgedAt;
    }

    public static IEnumerable<CasePartyRow> PartyRows(RegistrationCase c) => c.Parties.Select((p, i) => new CasePartyRow
    {
        CaseId = c.Id,
        Ordinal = i,
        Role = p.Role.ToString(),
        IdKind = p.Party.IdKind,
        Name = p.Party.Name,
        IdNumber = p.Party.IdNumber,
        ShareNumerator = p.Share?.Numerator,
        ShareDenominator = p.Share?.Denominator,
        IsApplicant = p.IsApplicant,
        Mobile = p.Mobile,
    });

    public static IEnumerable<CaseUnitRow> UnitRows(RegistrationCase c) =>
        c.Units.Select((u, i) => new CaseUnitRow { CaseId = c.Id, Ordinal = i, UnitCode = u.Value, IsOpen = c.IsOpen });

    public static IEnumerable<CaseMaterialRow> MaterialRows(RegistrationCase c) => c.Materials.Select((m, i) => new CaseMaterialRow
    {
        CaseId = c.Id,
        Ordinal = i,
        Code = m.Code,
        Pages = m.Pages,
        ProvidedBy = m.ProvidedBy,
        ReceivedAt = m.ReceivedAt,
        ViaDataSharing = m.ViaDataSharing,
    });

    public static IEnumerable<CaseStatusChangeRow> HistoryRows(RegistrationCase c) => c.History.Select((h, i) => new CaseStatusChangeRow
    {
        CaseId = c.Id,
        Ordinal = i,
        FromStatus = h.From.ToString(),
        ToStatus = h.To.ToString(),
        At = h.At,
        Actor = h.Actor,
        Reason = h.Reason,
    });

    public static RegistrationCase ToDomain(CaseRow row, IEnumerable<CasePartyRow> parties, IEnumerable<CaseUnitRow> units, IEnumerable<CaseMaterialRow> materials, IEnumerable<CaseStatusChangeRow> history)
    {
        var extras = row.ExtrasJson is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(row.ExtrasJson) ?? [];
        return RegistrationCase.Restore(
            row.Id,
            Domain.Codes.CaseNumber.Parse(row.CaseNumber),
            row.BusinessType,
            Enum.Parse<CaseStatus>(row.Status),
            row.AcceptedAt,
            row.AcceptedBy,
            Enum.Parse<CaseChannel>(row.Channel),
            row.Cause,
            parties.OrderBy(p => p.Ordinal).Select(ToDomain),
            units.OrderBy(u => u.Ordinal).Select(u => UnitCode.Parse(u.UnitCode)),
            new CaseDeclaration
            {
                DeclaredPrice = row.DeclaredPrice,
                CertificateNo = row.CertificateNo,
                MortgageAmount = row.MortgageAmount,
                MortgageTermStart = row.MortgageTermStart,
                MortgageTermEnd = row.MortgageTermEnd,
                MortgageKind = row.MortgageKind,
                EntrustingAuthority = row.EntrustingAuthority,
                CourtDocumentNo = row.CourtDocumentNo,
                ContractStart = row.ContractStart,
                ContractEnd = row.ContractEnd,
                ObjectionMatter = row.ObjectionMatter,
                Extras = extras,
            },
            materials.OrderBy(m => m.Ordinal).Select(m => new ReceivedMaterial(m.Code, m.Pages, m.ProvidedBy, m.ReceivedAt, m.ViaDataSharing)),
            history.OrderBy(h => h.Ordinal).Select(h => new CaseStatusChange(Enum.Parse<CaseStatus>(h.FromStatus), Enum.Parse<CaseStatus>(h.ToStatus), h.At, h.Actor, h.Reason)),
            row.WorkflowInstanceId,
            row.IssuedCertificateNo,
            row.ReportedAt,
            row.ReportAcknowledgedAt,
            row.Version);
    }

    private static CaseParty ToDomain(CasePartyRow p)
    {
        // Stored IDs were checked against the acceptance date; re-reading must not refuse them as "born in the future".
        var party = Party.Restore(p.Name, p.IdKind, p.IdNumber);
        var share = p.ShareNumerator is { } n && p.ShareDenominator is { } d ? Share.Of(n, d) : (Share?)null;
        return new CaseParty(Enum.Parse<CasePartyRole>(p.Role), party, share, p.IsApplicant, p.Mobile);
    }
}
