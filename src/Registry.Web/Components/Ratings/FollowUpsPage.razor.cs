using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Registry.Application.Inspection;
using Registry.Application.Ratings;
using Registry.Application.Security;
using Registry.Web.Components.Inspection;

namespace Registry.Web.Components.Ratings;

/// <summary>
/// 差评整改 for quality inspectors, business admins and leaders: every follow-up with its due date (overdue marked), the
/// rating behind it and its events; open ones are answered (findings and the reply to the applicant), answered ones
/// closed or sent back — as an inspection's rectification.
/// </summary>
public sealed partial class FollowUpsPage
{
    /// <summary>The roles who handle follow-ups (<see cref="RatingService.FollowUpRoles"/>).</summary>
    public const string Roles = RegistryRoles.QualityInspector + "," + RegistryRoles.BusinessAdmin + "," + RegistryRoles.Leader;

    private readonly Dictionary<Guid, FollowUpDraft> _drafts = [];
    private IReadOnlyList<RatingFollowUp> _items = [];
    private InspectionActor? _actor;
    private bool _openOnly = true;
    private string? _message;
    private Severity _severity = Severity.Info;

    [Inject]
    private RatingService Ratings { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private Registry.Application.CaseFile.IStaffNames StaffNames { get; set; } = default!;

    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();

    private DateTimeOffset Now => Time.GetUtcNow();

    private static string Colon => Registry.Web.Components.Cases.CaseText.IsChinese ? "：" : ": ";

    private static string Separator => Registry.Web.Components.Cases.CaseText.IsChinese ? "、" : ", ";

    private string StaffName(string login) => _names.TryGetValue(login, out var name) ? $"{name} ({login})" : login;

    protected override async Task OnInitializedAsync()
    {
        _actor = InspectionActors.From((await AuthenticationState).User);
        await LoadAsync();
    }

    private FollowUpDraft Draft(Guid id) => _drafts.TryGetValue(id, out var d) ? d : _drafts[id] = new FollowUpDraft();

    private async Task ToggleAsync(bool openOnly)
    {
        _openOnly = openOnly;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _items = await Ratings.ListFollowUpsAsync(_actor!, _openOnly);
        _names = await StaffNames.FindAsync([.. _items.Select(f => f.Examiner).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)]);
    }

    private async Task ActAsync(RatingFollowUp followUp, FollowUpEventKind kind)
    {
        var draft = Draft(followUp.Id);
        try
        {
            _ = kind switch
            {
                FollowUpEventKind.Answered => await Ratings.AnswerAsync(_actor!, followUp.Id, followUp.LastSequence, draft.Text, draft.Reply),
                FollowUpEventKind.Closed => await Ratings.CloseAsync(_actor!, followUp.Id, followUp.LastSequence, draft.Text),
                _ => await Ratings.ReopenAsync(_actor!, followUp.Id, followUp.LastSequence, draft.Text),
            };
            _drafts.Remove(followUp.Id);
            (_severity, _message) = (Severity.Success, T["Done"]);
        }
        catch (InspectionInvalidException e)
        {
            var field = e.Errors.Count > 0 ? e.Errors[0].Field : "text";
            var tooLong = (draft.Text?.Length ?? 0) > RatingService.MaxCommentLength || (draft.Reply?.Length ?? 0) > RatingService.MaxCommentLength;
            (_severity, _message) = (Severity.Warning, tooLong ? T["Err_TooLong", RatingService.MaxCommentLength] : T["Err_" + field]);
        }
        catch (InspectionNotAllowedException)
        {
            (_severity, _message) = (Severity.Warning, T["Err_Stale"]);
        }
        catch (RatingConflictException e)
        {
            (_severity, _message) = (Severity.Warning, T["Err_Conflict", e.WinnerName]);
        }

        await LoadAsync();
    }

    private sealed class FollowUpDraft
    {
        public string? Text { get; set; }

        public string? Reply { get; set; }
    }
}
