using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Cases;

/// <summary>A party to a case (当事人): role, the validated person or organisation, and the share acquired or held.</summary>
public sealed record CaseParty
{
    /// <summary>Creates a party from validated values.</summary>
    public CaseParty(CasePartyRole role, Party party, Share? share = null, bool isApplicant = true, string? mobile = null)
    {
        ArgumentNullException.ThrowIfNull(party);
        Role = role;
        Party = party;
        Share = share;
        IsApplicant = isApplicant;
        Mobile = mobile;
    }

    /// <summary>Role in the case.</summary>
    public CasePartyRole Role { get; }

    /// <summary>The person (resident ID) or organisation (credit code).</summary>
    public Party Party { get; }

    /// <summary>Share acquired or held (按份共有), exact; null otherwise.</summary>
    public Share? Share { get; }

    /// <summary>The party signs the application (not merely named).</summary>
    public bool IsApplicant { get; }

    /// <summary>Mainland mobile number (11 digits) the office's notices go to; null when none was given.</summary>
    public string? Mobile { get; }

    /// <summary>
    /// Validates raw input for the party at <paramref name="index"/>: the ID number is parsed as a resident ID
    /// (<paramref name="isOrganisation"/> false) or credit code, the share as "n/d". Errors name the field,
    /// e.g. <c>parties[1].idNumber</c>.
    /// </summary>
    /// <param name="index">Position in the case's party list, used in field names.</param>
    /// <param name="role">Role.</param>
    /// <param name="isOrganisation">True for an organisation.</param>
    /// <param name="name">Name.</param>
    /// <param name="idNumber">ID number or credit code.</param>
    /// <param name="share">Share text ("1/2") or null.</param>
    /// <param name="today">Today's date (China), to refuse birth dates in the future.</param>
    /// <param name="isApplicant">The party signs the application.</param>
    /// <exception cref="DomainValidationException">A field is wrong.</exception>
    public static CaseParty Create(int index, CasePartyRole role, bool isOrganisation, string? name, string? idNumber, string? share, DateOnly today, bool isApplicant = true) =>
        Create(index, role, isOrganisation ? IdentityDocumentType.CreditCode : IdentityDocumentType.ResidentId, name, idNumber, share, today, isApplicant);

    /// <summary>
    /// Validates raw input for the party at <paramref name="index"/>: the number is checked by the standard of its
    /// <paramref name="documentType"/> (GB 11643, GB 32100, GB 11714, or the document's layout), the share as "n/d".
    /// </summary>
    /// <exception cref="DomainValidationException">The role, name or share is wrong.</exception>
    /// <exception cref="IdentityDocumentInvalidException">The number is not valid for its document type.</exception>
    public static CaseParty Create(int index, CasePartyRole role, IdentityDocumentType documentType, string? name, string? idNumber, string? share, DateOnly today, bool isApplicant = true, string? mobile = null)
    {
        var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"parties[{index}]");
        if (!Enum.IsDefined(role))
        {
            throw new DomainValidationException($"{prefix}.role", $"role {(int)role} is not a known party role");
        }

        if (!Enum.IsDefined(documentType))
        {
            throw new DomainValidationException($"{prefix}.idType", $"document type {(int)documentType} is not a known identity document type");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException($"{prefix}.name", "party name is required");
        }

        var party = Party.Create(name, documentType, idNumber, today, $"{prefix}.idNumber");
        Share? parsedShare = string.IsNullOrWhiteSpace(share) ? null : Codes.Share.Parse(share, $"{prefix}.share");
        string? parsedMobile = null;
        if (!string.IsNullOrWhiteSpace(mobile))
        {
            if (!MobileNumber.TryNormalize(mobile, out var normalized))
            {
                throw new DomainValidationException($"{prefix}.mobile", $"'{mobile}' is not a mainland mobile number (11 digits starting 13–19)");
            }

            parsedMobile = normalized;
        }

        return new CaseParty(role, party, parsedShare, isApplicant, parsedMobile);
    }
}
