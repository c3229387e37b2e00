using System.Globalization;
using Microsoft.AspNetCore.Components;
using Registry.Application.Fields;
using Registry.Application.Progress;

namespace Registry.Web.Components.Progress;

/// <summary>
/// 办理进度: the applicant types the case number and the query code (or the ID's last 6 characters). An unknown case and a
/// wrong code get the same sentence; what a found case shows is the applicant's view (<see cref="ApplicantProgress"/>).
/// </summary>
public sealed partial class ProgressPage
{
    private ApplicantProgress? _progress;
    private bool _notFound;

    [SupplyParameterFromForm(FormName = "progress")]
    private ProgressInput? Input { get; set; }

    [Inject]
    private ApplicantProgressQuery Query { get; set; } = default!;

    private static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    protected override void OnInitialized() => Input ??= new ProgressInput();

    private async Task LookUpAsync()
    {
        var input = Input ?? new ProgressInput();

        // Over-long input is never echoed or looked up: it gets the same answer as a wrong code.
        _progress = FieldLimits.Exceeds(input.CaseNumber, 40) || FieldLimits.Exceeds(input.Code, FieldLimits.QueryCode)
            ? null
            : await Query.FindAsync(input.CaseNumber, input.Code);
        _notFound = _progress is null;
    }

    private string StatusText(string status)
    {
        var text = P["Status_" + status];
        return text.ResourceNotFound ? P["Status_UnderReview"] : text.Value;
    }

    private string DaysText(int days) => days switch
    {
        1 => P["DaysLeft_One"],
        > 0 => P["DaysLeft", days],
        0 => P["DueToday"],
        _ => P["DaysOverdue", -days],
    };

    private string ActionText(ApplicantProgress p) => p.Action == ApplicantAction.CollectCertificate
        ? P["Action_CollectCertificate", p.CertificateNo ?? string.Empty]
        : P["Action_" + p.Action];

    /// <summary>The look-up form.</summary>
    public sealed class ProgressInput
    {
        public string? CaseNumber { get; set; }

        public string? Code { get; set; }
    }
}
