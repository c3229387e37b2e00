using Registry.Application.Catalogue;
using Registry.Application.Intake;

namespace Registry.Web.Components.Intake;

/// <summary>One checklist item of the acceptance form: received or not, which alternative, its staged scans.</summary>
public sealed class MaterialInput(MaterialRequirement requirement)
{
    public MaterialRequirement Requirement { get; } = requirement;

    public bool Received { get; set; }

    /// <summary>For an "A|B" item, the alternative received.</summary>
    public string Chosen { get; set; } = requirement.Alternatives[0];

    public List<StagedScan> Scans { get; } = [];

    /// <summary>The office obtains it through data sharing; the applicant does not bring it.</summary>
    public bool ViaSharedData => Requirement.ProvidedBy == "sharedData";

    /// <summary>Field key for messages: <c>materials.{first alternative}</c>.</summary>
    public string Field => "materials." + Requirement.Alternatives[0];
}
