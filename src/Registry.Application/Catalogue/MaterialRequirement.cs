namespace Registry.Application.Catalogue;

/// <summary>One item of a type's materials checklist (收件清单).</summary>
/// <param name="Code">Material code from rules/materials.json; "A|B" means either.</param>
/// <param name="Required">Required for acceptance, or optional (depending on the case).</param>
/// <param name="ProvidedBy">Who provides it: applicant, transferor, transferee, holder, mortgagor, mortgagee, heir, developer, court, office or sharedData (obtained through data sharing, not demanded again).</param>
/// <param name="Note">When or in what form.</param>
public sealed record MaterialRequirement(string Code, bool Required, string ProvidedBy, string? Note)
{
    /// <summary>The codes any of which satisfies the item.</summary>
    public IReadOnlyList<string> Alternatives => Code.Split('|');
}
