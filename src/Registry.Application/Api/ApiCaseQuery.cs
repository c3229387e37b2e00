using Registry.Application.Cases;
using Registry.Application.Review;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Application.Api;

/// <summary>Reads a case for the client that filed it; another client's case, or a counter case, is not found.</summary>
public sealed class ApiCaseQuery(ICaseRepository cases, IReviewRunStore reviews, IApiSubmissionStore submissions, IApiJournal journal, TimeProvider time)
{
    /// <summary>The case <paramref name="caseNumber"/> as <paramref name="client"/> may see it, or null.</summary>
    public async Task<ApiCaseView?> FindAsync(ApiClient client, string caseNumber, string action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var record = CaseNumber.TryParse(caseNumber, out _, out _) ? await submissions.FindByCaseAsync(caseNumber, cancellationToken) : null;
        var view = record is not null && record.ClientId == client.ClientId ? await ReadAsync(caseNumber, cancellationToken) : null;
        await journal.AppendAsync(new ApiJournalEntry(client.ClientId, action, view?.CaseNumber, view is null ? "not-found" : view.Status.ToString(), time.GetUtcNow()), cancellationToken);
        return view;
    }

    /// <summary>The view of <paramref name="caseNumber"/> without the ownership check (the submission just made it).</summary>
    internal async Task<ApiCaseView?> ReadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var found = await cases.FindAsync(CaseNumber.Parse(caseNumber), cancellationToken);
        if (found is null)
        {
            return null;
        }

        var runs = await reviews.ListForCaseAsync(caseNumber, cancellationToken);
        var all = runs.SelectMany(r => r.Findings).ToList();
        var problems = all
            .Where(f => f.Finding.Outcome != RuleOutcome.Pass)
            .DistinctBy(f => (f.UnitCode, f.Finding.RuleCode))
            .OrderByDescending(f => f.Finding.Outcome == RuleOutcome.Error ? RuleSeverity.Block : f.Finding.Severity)
            .ThenBy(f => f.Finding.RuleCode, StringComparer.Ordinal)
            .Select(f => new ApiFinding(f.Finding.RuleCode, f.Finding.Severity.ToString(), f.Finding.Outcome.ToString(), f.UnitCode, f.Finding.MessageZh ?? f.Finding.NameZh, f.Finding.MessageEn))
            .ToList();
        var passed = all.Where(f => f.Finding.Outcome == RuleOutcome.Pass).DistinctBy(f => (f.UnitCode, f.Finding.RuleCode)).Count();
        // The catalogue's automatic decision is a rule check that passed; no person moved the case past review when every
        // status change is the filer's own (acceptance runs the automatic steps) or the system's.
        var approved = found.Status is CaseStatus.Approved or CaseStatus.Recorded or CaseStatus.Completed;
        var byNoPerson = found.History.All(h => h.Actor == found.AcceptedBy || h.Actor == "system");
        return new ApiCaseView(
            found.Number.Value, found.BusinessType, found.Status, found.IssuedCertificateNo, found.AcceptedAt,
            approved && (byNoPerson || runs.Any(r => r.AutoApproved == true)), problems, passed);
    }
}
