using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Application.Catalogue;
using Registry.Application.Intake;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Intake;

/// <summary>
/// 受理: type → materials → units → parties → facts → submit. The form's own checks run first; what only the service
/// can judge (units in the register, the register's state) comes back as its problems, placed at the same fields.
/// </summary>
public sealed partial class IntakePage : IAsyncDisposable
{
    // Fields the page places; anything else the service names is listed in the summary.
    private static readonly string[] PlacedPrefixes = ["units", "parties", "materials", "facts.", "businessType", "application"];

    private IntakeForm? _form;
    private bool _choosingType = true;
    private bool _submitting;
    private string? _message;
    private List<FormProblem> _problems = [];
    private AcceptanceOutcome? _outcome;

    [Inject]
    private IAcceptanceDesk Desk { get; set; } = default!;

    [Inject]
    private IMaterialScanStore Scans { get; set; } = default!;

    [Inject]
    private MaterialNames MaterialNames { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    // A fact the type's form does not show (facts.authority on a type without it) is said in the summary, not lost.
    private IEnumerable<FormProblem> Unplaced =>
        _problems.Where(p => !PlacedPrefixes.Any(prefix => p.Field.StartsWith(prefix, StringComparison.Ordinal))
            || (p.Field.StartsWith("facts.", StringComparison.Ordinal) && _form?.Profile.Facts.Any(f => "facts." + f.Name == p.Field) != true));

    private async Task SelectTypeAsync(BusinessType type)
    {
        if (_form is not null)
        {
            await DiscardScansAsync(_form);
        }

        // Units and parties carry over to the new type: the acceptor often corrects the type after entering them.
        var previous = _form;
        _form = new IntakeForm(IntakeProfile.For(type));
        if (previous is not null)
        {
            _form.Units.AddRange(previous.Units);
            foreach (var p in previous.Parties)
            {
                var copy = _form.AddParty(_form.Profile.Roles.Contains(p.Role) ? p.Role : null);
                copy.Name = p.Name;
                copy.IdNumber = p.IdNumber;
                copy.IdType = p.IdType;
                copy.Share = p.Share;
                copy.Mobile = p.Mobile;
            }
        }
        else
        {
            _form.AddParty();
        }

        _choosingType = false;
        _problems = [];
        _message = null;
    }

    private async Task SubmitAsync()
    {
        if (_form is null || _submitting)
        {
            return;
        }

        _message = null;
        _problems = [.. _form.Check(Display.ChinaDay(Time.GetUtcNow()))];
        if (_problems.Count > 0)
        {
            return;
        }

        _submitting = true;
        try
        {
            var user = (await AuthenticationState).User;
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
            _outcome = await Desk.AcceptAsync(_form.ToRequest(), _form.Scans, user.Identity?.Name ?? string.Empty, roles);
            _form = null;
        }
        catch (AcceptanceRefusedException refused)
        {
            _problems = [.. refused.Problems.Select(p => new FormProblem(p.Field, FormProblemKind.Service) { Message = p.Message, Code = p.Code, Args = p.Values })];
        }
        catch (AcceptanceNotAllowedException)
        {
            _message = T["Intake_NotAllowed"];
        }
        finally
        {
            _submitting = false;
        }
    }

    private Task StartOverAsync()
    {
        _outcome = null;
        _form = null;
        _choosingType = true;
        _problems = [];
        return Task.CompletedTask;
    }

    private async Task DiscardScansAsync(IntakeForm form)
    {
        foreach (var scan in form.Scans)
        {
            await Scans.DiscardAsync(scan);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A form left unfinished leaves no staged files behind.
        if (_form is not null)
        {
            await DiscardScansAsync(_form);
        }
    }
}
