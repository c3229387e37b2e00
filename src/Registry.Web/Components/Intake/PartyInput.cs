using Registry.Domain.Cases;

namespace Registry.Web.Components.Intake;

/// <summary>One party row of the acceptance form, as typed.</summary>
public sealed class PartyInput
{
    public CasePartyRole Role { get; set; }

    /// <summary>An organisation (credit code) rather than a person (resident ID).</summary>
    public bool IsOrganisation { get; set; }

    public string Name { get; set; } = string.Empty;

    public string IdNumber { get; set; } = string.Empty;

    /// <summary>Share such as 1/2 (按份共有 only).</summary>
    public string Share { get; set; } = string.Empty;
}
