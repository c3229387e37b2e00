using Microsoft.Extensions.Localization;
using Registry.Designer.Resources;

namespace Registry.Designer;

/// <summary>Who published a version, for display: the first run's loader of the shipped files reads as such in the UI language.</summary>
internal static class Publishers
{
    public static string Display(IStringLocalizer<DesignerResource> text, string? publisher) =>
        publisher == Registry.Application.RuleSets.RuleSetSeeder.Actor ? text["Publisher_Repository"] : publisher ?? string.Empty;
}
