using System.Globalization;
using Microsoft.AspNetCore.Components;
using Registry.Application.Intake;
using Registry.Domain.Cases;
using Registry.Domain.Parties;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Intake;

public partial class PartiesEditor
{
    [Parameter, EditorRequired]
    public IntakeForm Form { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<FormProblem> Problems { get; set; } = [];

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    // Marked as typed once it has 11 characters or more, like the ID number; the message comes on submit.
    private static bool MobileLooksWrong(PartyInput p) =>
        p.Mobile.Trim().Length >= 11 && !Registry.Domain.Parties.MobileNumber.TryNormalize(p.Mobile, out _);

    private static string Field(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"parties[{index}].{name}");

    private string RoleName(CasePartyRole role)
    {
        var text = T["Role_" + role];
        return text.ResourceNotFound ? role.ToString() : text.Value;
    }

    // Checked as typed: nothing is said about an empty field until the form is submitted.
    private IdNumberCheck? LiveCheck(PartyInput party) =>
        string.IsNullOrWhiteSpace(party.IdNumber) ? null : IdNumberCheck.Check(party.IdNumber, party.IdType, Display.ChinaDay(Time.GetUtcNow()));

    // The live check replaces the form's own check of the same field; the service's word is kept.
    private List<FormProblem> IdProblems(int index, IdNumberCheck? live)
    {
        var field = Field(index, "idNumber");
        var problems = Problems.Where(p => p.Field == field && (live is null || p.Kind == FormProblemKind.Service)).ToList();
        if (live is { IsValid: false })
        {
            problems.Insert(0, new FormProblem(field, FormProblemKind.IdNumber) { Id = live });
        }

        return problems;
    }

    private static void SetKind(PartyInput party, ChangeEventArgs e)
    {
        if (Enum.TryParse<IdentityDocumentType>(e.Value as string, out var type) && Enum.IsDefined(type))
        {
            party.IdType = type;
        }
    }

    private static bool IsWrong(IdNumberCheck id, int position) => id.Problem switch
    {
        IdNumberProblem.Character or IdNumberProblem.CheckCharacter => position == id.Position,
        IdNumberProblem.BirthDate => position is >= 7 and <= 14,
        _ => false,
    };
}
