using System.Globalization;
using Registry.Application.Catalogue;

namespace Registry.Web.Components.Intake;

/// <summary>Picks the catalogue's Chinese or English text for the current UI culture.</summary>
internal static class IntakeText
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Of(CatalogueText text) => English ? text.En : text.Zh;
}
