using Microsoft.AspNetCore.Components;
using Registry.Application.CaseFile;
using Registry.Application.Examination;

namespace Registry.Web.Components.Cases;

/// <summary>The case's open incidents with retry, return and refusal; the service checks the role and names who acted first.</summary>
public partial class IncidentPanel
{
    private bool _busy;
    private string? _reason;
    private string? _returnTo;
    private string? _message;
    private bool _failed;

    /// <summary>The case.</summary>
    [Parameter]
    [EditorRequired]
    public string CaseNumber { get; set; } = string.Empty;

    /// <summary>Open incidents.</summary>
    [Parameter]
    public IReadOnlyList<CaseFileIncident> Incidents { get; set; } = [];

    /// <summary>Signed-in user.</summary>
    [Parameter]
    public string User { get; set; } = string.Empty;

    /// <summary>The user's roles.</summary>
    [Parameter]
    public IReadOnlyCollection<string> Roles { get; set; } = [];

    /// <summary>Raised after a retry or refusal, so the page reloads the case.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private CaseIncidents Service { get; set; } = default!;

    private Task RetryAsync(CaseFileIncident incident) =>
        RunAsync(() => Service.RetryAsync(CaseNumber, incident.IncidentId, User, Roles), C.Format("Incident_Retried", Steps.Of(incident.NodeName)));

    private Task RejectAsync(CaseFileIncident incident)
    {
        if (string.IsNullOrWhiteSpace(_reason))
        {
            _failed = true;
            _message = C["Incident_ReasonRequired"];
            return Task.CompletedTask;
        }

        return RunAsync(() => Service.RejectAsync(CaseNumber, incident.IncidentId, User, Roles, _reason!), C["Incident_Rejected"]);
    }

    private Task ReturnAsync(CaseFileIncident incident)
    {
        var target = incident.ReturnTargets.FirstOrDefault(t => t.NodeId == _returnTo);
        if (target is null || string.IsNullOrWhiteSpace(_reason))
        {
            _failed = true;
            _message = C["Incident_ReturnReasonRequired"];
            return Task.CompletedTask;
        }

        return RunAsync(() => Service.ReturnAsync(CaseNumber, incident.IncidentId, User, Roles, target.NodeId, _reason!), C.Format("Incident_Returned", target.Name));
    }

    private async Task RunAsync(Func<Task> action, string done)
    {
        _busy = true;
        _message = null;
        try
        {
            await action();
            _failed = false;
            _message = done;
        }
        catch (Exception e) when (DecisionConflicts.Describe(e, C) is { } text)
        {
            _failed = true;
            _message = text;
        }
        finally
        {
            _busy = false;
        }

        await Changed.InvokeAsync();
    }
}
