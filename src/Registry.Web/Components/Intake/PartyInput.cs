using Registry.Domain.Cases;
using Registry.Domain.Parties;

namespace Registry.Web.Components.Intake;

/// <summary>One party row of the acceptance form, as typed.</summary>
public sealed class PartyInput
{
    public CasePartyRole Role { get; set; }

    /// <summary>Identity document type (证件种类) chosen for the party.</summary>
    public IdentityDocumentType IdType { get; set; } = IdentityDocumentType.ResidentId;

    /// <summary>An organisation (credit or organisation code) rather than a person; setting it picks the credit code or the resident ID.</summary>
    public bool IsOrganisation
    {
        get => IdentityDocument.IsOrganisation(IdType);
        set => IdType = value ? IdentityDocumentType.CreditCode : IdentityDocumentType.ResidentId;
    }

    public string Name { get; set; } = string.Empty;

    public string IdNumber { get; set; } = string.Empty;

    /// <summary>Mainland mobile number for notices (optional).</summary>
    public string Mobile { get; set; } = string.Empty;

    /// <summary>Share such as 1/2 (按份共有 only).</summary>
    public string Share { get; set; } = string.Empty;
}
