using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Application.Catalogue;
using Registry.Application.Designer;
using Registry.Application.Fields;
using Registry.Application.Review;
using Registry.Application.RuleSets;

namespace Registry.Designer.Rules;

/// <summary>
/// The rule form (规则编辑): every field of a rule, the condition checked as it is typed (the error's position marked),
/// the fact model beside it; validate the set, dry-run on a case and over the last finished cases, publish. All through
/// the application's role-checked use cases.
/// </summary>
public partial class RuleEditor
{
    private DesignerUser _user = default!;
    private RuleSetVersionRecord? _set;
    private RuleForm? _form;
    private string? _error;
    private string? _message;
    private string? _note;
    private IReadOnlyList<RuleDraftIssue>? _checking;
    private IReadOnlyList<RuleDraftIssue>? _issues;
    private string? _caseNumber;
    private int _count = 1000;
    private bool _running;
    private RuleDryRunProgress? _progress;
    private RuleDryRunCaseResult? _caseResult;
    private RuleDryRunBatchResult? _batchResult;

    /// <summary>The rule set.</summary>
    [Parameter]
    public string SetName { get; set; } = string.Empty;

    /// <summary>The rule edited (null for a new rule).</summary>
    [Parameter]
    public string? Code { get; set; }

    /// <summary>For a new rule: the rule it starts as a copy of.</summary>
    [SupplyParameterFromQuery(Name = "clone")]
    public string? Clone { get; set; }

    /// <summary>For a new version of a rule (in force from a later date): the rule's code.</summary>
    [SupplyParameterFromQuery(Name = "versionOf")]
    public string? VersionOf { get; set; }

    /// <summary>Which version of the rule is edited, when the set holds several; null: the only (or first) one.</summary>
    [SupplyParameterFromQuery(Name = "version")]
    public int? RuleVersion { get; set; }

    [Inject]
    private IRuleSetPublishing Publishing { get; set; } = default!;

    [Inject]
    private IRuleSetDryRun DryRun { get; set; } = default!;

    [Inject]
    private IBusinessTypeCatalogue Catalogue { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string Kind => _set?.Kind ?? "review";

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _user = DesignerUsers.From((await AuthenticationState).User);
        try
        {
            _set = await Publishing.GetAsync(_user, SetName);
            if (_set is null)
            {
                _error = string.Format(CultureInfo.CurrentCulture, D["Rule_NotFound"], SetName, Code ?? Clone);
                return;
            }

            var rules = RuleDrafts.Read(_set.Document);
            var codes = Catalogue.All.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
            var source = Code ?? VersionOf ?? Clone;
            var versions = source is null ? [] : rules.Where(r => r.Code == source).ToList();
            var rule = Code is not null && RuleVersion is { } wanted ? versions.FirstOrDefault(r => r.Version == wanted)
                : VersionOf is not null ? versions.MaxBy(r => r.Version)
                : versions.FirstOrDefault();
            if (source is not null && rule is null)
            {
                _error = string.Format(CultureInfo.CurrentCulture, D["Rule_NotFound"], SetName, source);
                return;
            }

            // A new version keeps the code and takes the next number; its dates are the author's to set (the parser
            // refuses dates that overlap another version, naming it).
            _form = rule is null
                ? new RuleForm { Category = _set.Kind == "selfcheck" ? "principle" : "parties", Stages = { }, EffectiveFrom = string.Empty }
                : Code is not null ? RuleForm.From(rule, codes)
                : VersionOf is not null ? RuleForm.From(rule with { Version = versions.Max(r => r.Version) + 1, EffectiveFrom = null, EffectiveUntil = null }, codes)
                : RuleForm.From(rule with { Code = $"{rule.Code}-COPY", Version = 1 }, codes);
        }
        catch (DesignerAccessDeniedException)
        {
            _error = D["Denied"];
        }
    }

    private void ToggleStage(string stage, bool on)
    {
        if (on)
        {
            _form!.Stages.Add(stage);
        }
        else
        {
            _form!.Stages.Remove(stage);
        }
    }

    // Validation as you type: the rule alone in its set is compiled (parser, fact model, placeholders, NRules).
    private async Task CheckAsTypedAsync(string value)
    {
        _form!.Expression = value;
        if (Draft() is not { } draft)
        {
            return;
        }

        try
        {
            var issues = await Publishing.ValidateAsync(_user, SetName, RuleDrafts.AloneInSet(_set!.Document, draft));
            _checking = [.. issues.Where(i => i.Field is "Expression" or "document" || i.Field.StartsWith("LocalParams", StringComparison.Ordinal))];
        }
        catch (DesignerAccessDeniedException)
        {
            _error = D["Denied"];
        }
    }

    private RuleDraft? Draft()
    {
        var (draft, badDate) = _form!.ToDraft();
        if (badDate is not null)
        {
            _error = string.Format(CultureInfo.CurrentCulture, D["Field_BadDate"], D[badDate]);
            return null;
        }

        _error = null;
        return draft;
    }

    private string? DraftDocument()
    {
        if (Draft() is not { } draft)
        {
            return null;
        }

        if (Code is null && VersionOf is null && RuleDrafts.Read(_set!.Document).Any(r => r.Code == draft.Code))
        {
            _error = string.Format(CultureInfo.CurrentCulture, D["Rule_CodeTaken"], draft.Code);
            return null;
        }

        return RuleDrafts.Write(_set!.Document, draft, Code, RuleVersion);
    }

    private async Task ValidateAsync()
    {
        _message = null;
        if (DraftDocument() is not { } document)
        {
            return;
        }

        _issues = await Publishing.ValidateAsync(_user, SetName, document);
        _message = _issues.Count == 0 ? D["Rule_Valid"].Value : null;
    }

    private async Task PublishAsync()
    {
        _message = null;
        if (DraftDocument() is not { } document)
        {
            return;
        }

        try
        {
            var result = await Publishing.PublishAsync(_user, SetName, document, _set!.Version, _note);
            _issues = result.Issues;
            if (result.Published is { } published)
            {
                _message = string.Format(CultureInfo.CurrentCulture, D["Rule_Published"], published.Name, published.Version);
                _set = published;
            }
            else
            {
                _error = D["Rule_PublishRefused"];
            }
        }
        catch (RuleSetPublishConflictException ex)
        {
            _error = string.Format(CultureInfo.CurrentCulture, D["Rule_Conflict"], ex.PublishedBy, Time(ex.PublishedAt), ex.Version);
        }
        catch (FieldTooLongException ex)
        {
            _error = ex.Message;
        }
        catch (DesignerAccessDeniedException)
        {
            _error = D["Denied"];
        }
    }

    private async Task DryRunCaseAsync()
    {
        _caseResult = null;
        if (string.IsNullOrWhiteSpace(_caseNumber) || DraftDocument() is not { } document || !await ValidForDryRunAsync(document))
        {
            return;
        }

        try
        {
            _caseResult = await DryRun.OnCaseAsync(_user, document, _caseNumber.Trim());
        }
        catch (Exception ex) when (ex is KeyNotFoundException or Domain.DomainValidationException)
        {
            _error = string.Format(CultureInfo.CurrentCulture, D["DryRun_UnknownCase"], _caseNumber);
        }
    }

    private async Task DryRunFinishedAsync()
    {
        _batchResult = null;
        if (DraftDocument() is not { } document || !await ValidForDryRunAsync(document))
        {
            return;
        }

        _running = true;
        _progress = new RuleDryRunProgress(0, 0);
        try
        {
            _batchResult = await DryRun.OnFinishedCasesAsync(_user, document, _count, new Reporter(this));
        }
        finally
        {
            _running = false;
        }
    }

    private async Task<bool> ValidForDryRunAsync(string document)
    {
        _issues = await Publishing.ValidateAsync(_user, SetName, document);
        return _issues.Count == 0;
    }

    private string Outcome(RuleFinding? finding) => finding switch
    {
        null => D["DryRun_NotRun"],
        { Outcome: RuleOutcome.Pass } => D["DryRun_Passes"],
        _ => $"{D["DryRun_Fires"]} · {RuleLabels.Severity(D, finding.Severity.ToString().ToLowerInvariant())} · {(English ? finding.MessageEn : finding.MessageZh)}",
    };

    private static string StageCode(RuleStage stage) => stage switch
    {
        RuleStage.Intake => "INTAKE",
        RuleStage.Review => "REVIEW",
        RuleStage.Book => "BOOK",
        _ => "QC",
    };

    private static string Message(RuleDraftIssue issue) => English ? issue.MessageEn : issue.MessageZh;

    private static string Caret(string expression, int position) =>
        expression + Environment.NewLine + new string(' ', Math.Clamp(position, 0, expression.Length)) + "^";

    private static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    // Progress from the dry run's loop: re-render on the circuit's context.
    private sealed class Reporter(RuleEditor page) : IProgress<RuleDryRunProgress>
    {
        public void Report(RuleDryRunProgress value)
        {
            page._progress = value;
            _ = page.InvokeAsync(page.StateHasChanged);
        }
    }
}
