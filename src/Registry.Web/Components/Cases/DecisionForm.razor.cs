using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Registry.Application.Examination;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Cases;

public partial class DecisionForm
{
    private static readonly DecisionKind[] Kinds = [DecisionKind.Approve, DecisionKind.Return, DecisionKind.Reject, DecisionKind.Suspend];

    private DecisionKind _kind = DecisionKind.Approve;
    private string? _returnTo;
    private string? _reasonCode;
    private string _opinion = string.Empty;
    private IReadOnlyList<DecisionError> _errors = [];
    private Dictionary<string, string> _errorTexts = new(StringComparer.Ordinal);

    /// <summary>What the task allows: outcomes, whether an opinion is required, where a return may go.</summary>
    [Parameter, EditorRequired]
    public DecisionContext Context { get; set; } = default!;

    /// <summary>The role of the task, to pick opinion templates.</summary>
    [Parameter]
    public string Role { get; set; } = string.Empty;

    /// <summary>Raised with a valid decision.</summary>
    [Parameter]
    public EventCallback<DecisionRequest> OnDecide { get; set; }

    /// <summary>A message from the last attempt, e.g. "already completed by 张三 at 10:42".</summary>
    [Parameter]
    public string? Conflict { get; set; }

    /// <summary>True while the decision is being saved: every control is disabled so it cannot be sent twice.</summary>
    [Parameter]
    public bool Busy { get; set; }

    private IReadOnlyList<CodedReason>? Reasons => _kind switch
    {
        DecisionKind.Return => ReasonCatalogue.ReturnReasons,
        DecisionKind.Reject => ReasonCatalogue.RefusalGrounds,
        DecisionKind.Suspend => ReasonCatalogue.SuspendReasons,
        _ => null,
    };

    private string ReasonLabelKey => "Decision_Reason_" + _kind;

    private static Color ColorOf(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => Color.Success,
        DecisionKind.Reject => Color.Error,
        DecisionKind.Return => Color.Warning,
        _ => Color.Default,
    };

    private static string Wording(CodedReason reason) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? reason.Zh : reason.En;

    private void Choose(DecisionKind kind)
    {
        if (kind != _kind)
        {
            _kind = kind;
            _reasonCode = null;
            _errors = [];
            _errorTexts.Clear();
        }
    }

    private void UseTemplate()
    {
        var template = OpinionTemplates.For(Role, _kind);
        if (template.Length > 0 && !_opinion.StartsWith(template, StringComparison.Ordinal))
        {
            _opinion = template + _opinion;
        }
    }

    private async Task SubmitAsync()
    {
        var request = new DecisionRequest
        {
            Kind = _kind,
            Opinion = _opinion.Trim(),
            ReturnTo = _kind == DecisionKind.Return ? NullIfEmpty(_returnTo) : null,
            ReasonCode = _kind == DecisionKind.Approve ? null : NullIfEmpty(_reasonCode),
        };
        _errors = DecisionValidator.Validate(request, Context);
        _errorTexts = _errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Describe(g.First(), request), StringComparer.Ordinal);
        if (_errors.Count == 0)
        {
            await OnDecide.InvokeAsync(request);
        }
    }

    // The validator words its problems in Chinese, the language of record (the engine and the service throw that text); the
    // form says them in the UI language by the validator's code for the check that failed, with the request as it was sent
    // for the names and values to quote, and keeps the validator's text for an error without a code.
    private string Describe(DecisionError error, DecisionRequest request)
    {
        var kind = L["Decision_" + request.Kind].Value;
        return error.Code switch
        {
            DecisionErrorCode.OpinionTooLong or DecisionErrorCode.CodeTooLong when error.Limit is { } limit
                => FieldLimitText.Describe(error.Field, limit, error.Length ?? 0, L),
            DecisionErrorCode.KindNotAllowed => L["Decision_Error_KindNotAllowed", kind],
            DecisionErrorCode.OpinionMissing => L["Decision_Error_OpinionMissing", kind],
            DecisionErrorCode.OpinionTooShort => L["Decision_Error_OpinionTooShort", kind, DecisionValidator.MinimumReasonedOpinionLength],
            DecisionErrorCode.ReturnToMissing => L["Decision_Error_ReturnToMissing"],
            DecisionErrorCode.ReturnToNotPassed => L["Decision_Error_ReturnToNotPassed", request.ReturnTo ?? string.Empty],
            DecisionErrorCode.ReturnReasonMissing => L["Decision_Error_ReasonMissing_Return"],
            DecisionErrorCode.ReturnReasonUnknown => L["Decision_Error_ReasonUnknown_Return", request.ReasonCode ?? string.Empty],
            DecisionErrorCode.RefusalGroundMissing => L["Decision_Error_ReasonMissing_Reject"],
            DecisionErrorCode.RefusalGroundUnknown => L["Decision_Error_ReasonUnknown_Reject", request.ReasonCode ?? string.Empty],
            DecisionErrorCode.SuspendReasonMissing => L["Decision_Error_ReasonMissing_Suspend"],
            DecisionErrorCode.SuspendReasonUnknown => L["Decision_Error_ReasonUnknown_Suspend", request.ReasonCode ?? string.Empty],
            _ => error.Message,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private RenderFragment? Error(string field) =>
        _errors.FirstOrDefault(e => e.Field == field) is { } error
            ? builder =>
            {
                builder.OpenElement(0, "div");
                builder.AddAttribute(1, "class", "decision-error");
                builder.AddAttribute(2, "data-field", field);
                builder.AddContent(3, _errorTexts.GetValueOrDefault(field) ?? error.Message);
                builder.CloseElement();
            }
            : null;
}
