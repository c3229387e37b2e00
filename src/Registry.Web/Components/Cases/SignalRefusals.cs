using System.Globalization;
using Microsoft.Extensions.Localization;
using Registry.Application.Examination;
using Registry.Web.Formatting;
using Registry.Web.Resources;

namespace Registry.Web.Components.Cases;

/// <summary>Turns a refused signal confirmation (完税 etc.) into a sentence in the UI culture; nothing was saved.</summary>
public static class SignalRefusals
{
    /// <summary>The message for <paramref name="e"/>, naming the signal, roles, or who confirmed first and when.</summary>
    /// <param name="e">The refusal.</param>
    /// <param name="text">Case page texts.</param>
    /// <param name="shared">Shared texts (staff role names).</param>
    /// <param name="roles">The roles of the person who tried.</param>
    /// <param name="names">Display name of a login (the login itself when unknown).</param>
    public static string Describe(SignalRefusedException e, IStringLocalizer<CaseResource> text, IStringLocalizer<SharedResource> shared, IEnumerable<string> roles, Func<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(roles);
        var signal = text.Or("Signal_", e.SignalName);
        return e.Reason switch
        {
            SignalRefusal.WrongRole => text.Format("Signal_Refused_WrongRole", signal, RoleList(e.AllowedRoles, text, shared), RoleList([.. roles], text, shared)),
            SignalRefusal.AlreadyReceived => text.Format("Signal_Refused_AlreadyReceived", signal,
                e.ReceivedBy is { } by ? (names?.Invoke(by) ?? by) : "—", Display.Time(e.ReceivedAt)),
            _ => text.Format("Signal_Refused_NotWaiting", e.CaseNumber, signal),
        };
    }

    /// <summary>Staff role names in the UI culture joined with 、 or commas.</summary>
    public static string RoleList(IReadOnlyList<string> roles, IStringLocalizer<CaseResource> text, IStringLocalizer<SharedResource> shared)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count == 0)
        {
            return text["Signal_NoRole"];
        }

        var separator = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "、" : ", ";
        return string.Join(separator, roles.Select(r => shared.Or("Role_", r)));
    }
}
