using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Workflows.Ports;

namespace Registry.Application.Review;

/// <summary>
/// The engine's rule-check port (<see cref="IRuleSetRunner"/>): loads the case named by the correlation id (the case
/// number), builds its facts, evaluates the requested stage, stores the findings with the case and returns the verdict
/// with <c>review-run:{id}</c>. Idempotent on <see cref="PortRequest.IdempotencyKey"/>: a retried call returns the stored
/// run and stores nothing. Auto-decision names (<c>*.auto-approve</c>) pass only when <see cref="AutoApprovalPolicy"/>
/// approves. Singleton; each call runs in its own DI scope (the repositories are scoped).
/// </summary>
public sealed class CaseRuleSetRunner(IServiceScopeFactory scopes, IRuleSetEvaluator evaluator, TimeProvider time) : IRuleSetRunner
{
    /// <inheritdoc />
    public async Task<RuleSetResult> RunAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IReviewRunStore>();
        if (await store.FindByIdempotencyKeyAsync(request.IdempotencyKey, cancellationToken) is { } done)
        {
            return new RuleSetResult(done.Verdict, done.Reference);
        }

        var number = CaseNumber.Parse(request.CorrelationId, "correlationId");
        var cases = scope.ServiceProvider.GetRequiredService<ICaseRepository>();
        var registrationCase = await cases.FindAsync(number, cancellationToken)
            ?? throw new DomainValidationException("correlationId", $"case {number} does not exist");
        var builder = scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>();
        var run = await ReviewAsync(builder, registrationCase, ReviewRequest.Parse(request.Name), request.Name!, request.IdempotencyKey, cancellationToken);
        var stored = await store.AddAsync(run, cancellationToken);
        return new RuleSetResult(stored.Verdict, stored.Reference);
    }

    /// <summary>Evaluates a case without storing: the run as it would be stored.</summary>
    public async Task<ReviewRun> ReviewAsync(ReviewFactsBuilder builder, Domain.Cases.RegistrationCase registrationCase, ReviewRequest what, string requestName, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(registrationCase);
        ArgumentNullException.ThrowIfNull(what);
        var facts = await builder.BuildAsync(registrationCase, what.Stage, cancellationToken);
        var pinned = await evaluator.PinAsync(cancellationToken); // the whole review on one published version
        var findings = new List<StoredFinding>();
        var sets = new SortedSet<string>(StringComparer.Ordinal);
        var approved = true;
        // A combined type's disposal, restriction, consent and adverse-change checks run on each of its steps
        // (CombinedStepChecks), each finding naming its step; on the whole case they are left out.
        var steps = await builder.BuildStepsAsync(registrationCase, facts, cancellationToken);
        foreach (var f in facts.Concat(steps))
        {
            var result = what.RuleSetName is null
                ? await pinned.EvaluateAsync(f, what.Stage, cancellationToken)
                : pinned.Evaluate(what.RuleSetName, f, what.Stage);
            if (f.Case.Step is not null)
            {
                result = result with { Findings = [.. result.Findings.Where(x => CombinedStepChecks.Keeps(x, f.Case)).Select(x => CombinedStepChecks.Label(x, f.Case))] };
            }
            else if (steps.Count > 0)
            {
                result = result with { Findings = [.. result.Findings.Where(x => !CombinedStepChecks.RuleCodes.Contains(x.RuleCode))] };
            }

            sets.UnionWith(result.RuleSets);
            findings.AddRange(result.Findings.Select(x => new StoredFinding(f.Unit.Code, x)));
            approved &= AutoApprovalPolicy.Decide(result).Verdict == AutoApprovalVerdict.Approve;
        }

        var verdict = VerdictOf(findings.Select(x => x.Finding));
        if (what.AutoDecision && !approved && verdict == RuleSetVerdict.Pass)
        {
            verdict = RuleSetVerdict.Warn;
        }

        return new ReviewRun
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = registrationCase.Id,
            CaseNumber = registrationCase.Number.Value,
            IdempotencyKey = idempotencyKey,
            RequestName = requestName,
            Stage = what.Stage,
            Verdict = verdict,
            AutoApproved = what.AutoDecision ? approved : null,
            EvaluatedAt = time.GetUtcNow(),
            RuleSets = [.. sets],
            Findings = findings,
        };
    }

    /// <summary>Block when a block rule failed or any rule errored; warn when a warn rule failed; otherwise pass.</summary>
    public static RuleSetVerdict VerdictOf(IEnumerable<RuleFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var verdict = RuleSetVerdict.Pass;
        foreach (var f in findings)
        {
            if (f.Outcome == RuleOutcome.Error || (f.Outcome == RuleOutcome.Fail && f.Severity == RuleSeverity.Block))
            {
                return RuleSetVerdict.Block;
            }

            if (f.Outcome == RuleOutcome.Fail && f.Severity == RuleSeverity.Warn)
            {
                verdict = RuleSetVerdict.Warn;
            }
        }

        return verdict;
    }
}
