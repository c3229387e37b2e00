using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Registry.Application.Register.Browse;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Web.Components.Intake;

public partial class UnitFinder
{
    private const int ResultsShown = 10;

    private readonly Dictionary<string, UnitRegisterView?> _views = new(StringComparer.Ordinal);
    private string? _text;
    private string? _codeError;
    private PagedResult<UnitSummary>? _results;

    [Parameter, EditorRequired]
    public IntakeForm Form { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<FormProblem> Problems { get; set; } = [];

    /// <summary>Raised after parties were added from a unit's recorded owners.</summary>
    [Parameter]
    public EventCallback OnPartiesChanged { get; set; }

    [Inject]
    private IRegisterBrowser Register { get; set; } = default!;

    // The recorded owners dispose (转让方/抵押人) or, for a change, hold the right.
    private CasePartyRole OwnerRole =>
        new[] { CasePartyRole.Transferor, CasePartyRole.Mortgagor, CasePartyRole.Holder }.FirstOrDefault(Form.Profile.Roles.Contains, CasePartyRole.Applicant);

    private string OwnerRoleName => T["Role_" + OwnerRole];

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SearchAsync();
        }
    }

    private async Task SearchAsync()
    {
        _codeError = null;
        var text = _text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            _results = null;
            return;
        }

        // Text that is all code characters and as long as a unit code is a unit code: say exactly what is wrong with it.
        var normalized = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (normalized.Length >= 19 && normalized.All(char.IsAsciiLetterOrDigit) && !UnitCode.TryParse(normalized, out _, out var error))
        {
            _codeError = T["Unit_CodeInvalid", error!];
            _results = null;
            return;
        }

        _results = await Register.SearchAsync(new UnitSearch(normalized.All(char.IsAsciiLetterOrDigit) ? normalized : text, 0, ResultsShown));
    }

    private async Task AddAsync(string code)
    {
        if (Form.Units.Contains(code))
        {
            return;
        }

        Form.Units.Add(code);
        _views[code] = await Register.GetUnitAsync(code);
    }

    private void Remove(string code)
    {
        Form.Units.Remove(code);
        _views.Remove(code);
    }

    private async Task UseOwners(string code)
    {
        if (_views.GetValueOrDefault(code) is not { } view)
        {
            return;
        }

        var role = OwnerRole;
        foreach (var holder in view.Ownerships.SelectMany(o => o.Holders))
        {
            if (Form.Parties.Any(p => p.IdNumber == holder.IdNumber && p.Role == role))
            {
                continue;
            }

            // A blank row (the form opens with one, of the type's first role) is filled rather than left dangling;
            // it takes the owners' role.
            var party = Form.Parties.FirstOrDefault(p => p.Role == role && p.Name.Length == 0 && p.IdNumber.Length == 0)
                ?? Form.Parties.FirstOrDefault(p => p.Name.Length == 0 && p.IdNumber.Length == 0)
                ?? Form.AddParty(role);
            party.Role = role;
            party.Name = holder.Name;
            party.IdNumber = holder.IdNumber;
            party.IdType = IdentityDocument.TryParseKind(holder.IdKind, out var idType) ? idType : IdentityDocumentType.ResidentId;
            party.Share = holder.Share ?? string.Empty;
        }

        await OnPartiesChanged.InvokeAsync();
    }
}
