using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Workflows.Ports;

namespace Registry.Application.Intake;

/// <summary>
/// <see cref="IAcceptanceDesk"/> over <see cref="AcceptanceService"/>. Each submission runs in its own DI scope, so a
/// long-lived Blazor circuit never holds a stale database context. The workflow's own intake check runs only the
/// <c>review-intake</c> set; the window also runs every rule of the intake stage that applies to the type (for example
/// the seizure rule), stores that run with the case and shows all findings at once.
/// </summary>
public sealed class AcceptanceDesk(IServiceScopeFactory scopes, IMaterialScanStore scanStore, IOptions<IntakeOptions> options) : IAcceptanceDesk
{
    /// <summary>The request name of the window's review run (all rule sets, intake stage).</summary>
    public const string WindowReviewName = "acceptance-window.intake";

    /// <inheritdoc />
    public async Task<AcceptanceOutcome> AcceptAsync(AcceptanceRequest request, IReadOnlyList<StagedScan> scans, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scans);
        ArgumentNullException.ThrowIfNull(roles);
        if (!roles.Contains(RegistryRoles.Acceptor))
        {
            throw new AcceptanceNotAllowedException();
        }

        CheckScans(request, scans);
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(request, actor, cancellationToken);
        var caseNumber = result.Case.Number.Value;

        string? reviewError = null;
        try
        {
            await scope.ServiceProvider.GetRequiredService<IRuleSetRunner>().RunAsync(
                new PortRequest(result.Instance.Id, caseNumber, result.Instance.DefinitionId, "acceptance-window", WindowReviewName, $"acceptance-window:{caseNumber}", ImmutableDictionary<string, string>.Empty),
                cancellationToken);
        }
#pragma warning disable CA1031 // the case is accepted; a failed preview must not hide its number
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            reviewError = e.Message;
        }

        var runs = await scope.ServiceProvider.GetRequiredService<IReviewRunStore>().ListForCaseAsync(caseNumber, cancellationToken);
        var all = runs.SelectMany(r => r.Findings).ToList();
        var problems = all
            .Where(f => f.Finding.Outcome != RuleOutcome.Pass)
            .DistinctBy(f => (f.UnitCode, f.Finding.RuleCode))
            .OrderByDescending(f => f.Finding.Outcome == RuleOutcome.Error ? RuleSeverity.Block : f.Finding.Severity)
            .ThenBy(f => f.Finding.RuleCode, StringComparer.Ordinal)
            .ToList();
        var passed = all.Where(f => f.Finding.Outcome == RuleOutcome.Pass).DistinctBy(f => (f.UnitCode, f.Finding.RuleCode)).Count();

        IReadOnlyList<MaterialScan> stored = [];
        string? scanError = null;
        if (scans.Count > 0)
        {
            try
            {
                stored = await scanStore.AttachAsync(caseNumber, scans, cancellationToken);
            }
            catch (IOException e)
            {
                scanError = e.Message;
            }
        }

        var autoApproved = runs.Any(r => r.AutoApproved == true) && result.Case.Status is not (CaseStatus.Accepted or CaseStatus.UnderReview or CaseStatus.Rejected);
        return new AcceptanceOutcome(caseNumber, result.Case.Status, autoApproved, problems, passed, reviewError, stored, scanError) { QueryCode = result.QueryCode };
    }

    private void CheckScans(AcceptanceRequest request, IReadOnlyList<StagedScan> scans)
    {
        var problems = new List<AcceptanceProblem>();
        if (scans.Count > options.Value.MaxScansPerCase)
        {
            problems.Add(new("materials.scans", $"at most {options.Value.MaxScansPerCase} scans per application, not {scans.Count}",
                AcceptanceProblemCode.TooManyScans, [options.Value.MaxScansPerCase.ToString(CultureInfo.InvariantCulture), scans.Count.ToString(CultureInfo.InvariantCulture)]));
        }

        foreach (var code in scans.Select(s => s.MaterialCode).Distinct(StringComparer.Ordinal))
        {
            if (!request.Materials.Contains(code, StringComparer.Ordinal))
            {
                problems.Add(new($"materials.{code}", $"a scan of {code} was uploaded but the material is not marked as received",
                    AcceptanceProblemCode.ScanWithoutMaterial, [code]));
            }
        }

        if (problems.Count > 0)
        {
            throw new AcceptanceRefusedException(problems);
        }
    }
}
