using Microsoft.AspNetCore.Components;
using Registry.Application.Register.Browse;

namespace Registry.Web.Components.Register;

/// <summary>Renders a <see cref="UnitRegisterView"/>: natural state, rights, and every restriction on them.</summary>
public partial class RegisterBook
{
    [Parameter, EditorRequired]
    public UnitRegisterView View { get; set; } = default!;

    // Order is the meaning here (顺位, 轮候), so it is enforced on screen whatever order the reader returns.
    private IEnumerable<MortgageView> MortgagesByPriority => View.Mortgages.OrderBy(m => m.Priority);

    private IEnumerable<SeizureView> SeizuresInQueueOrder =>
        View.Seizures.OrderBy(IsWaiting).ThenBy(s => s.QueuePosition ?? 0).ThenBy(s => s.DeliveredAt);

    // 一般抵押 / 最高额抵押 in the UI language; a kind the register does not know is shown as stored.
    private string MortgageKindText(string kind) => kind switch
    {
        "General" or "MaximumAmount" => L["Mortgage_Kind_" + kind],
        _ => kind,
    };

    private static bool IsWaiting(SeizureView seizure) =>
        string.Equals(seizure.State, "Waiting", StringComparison.OrdinalIgnoreCase);
}
