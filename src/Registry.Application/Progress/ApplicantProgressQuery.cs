using System.Security.Cryptography;
using System.Text;
using Registry.Application.CaseFile;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Application.Progress;

/// <summary>
/// The public progress query: a case number and its query code (or the last 6 characters of an applicant's ID number).
/// An unknown case and a wrong code give the same answer (null) after the same work (one PBKDF2 either way), so the page
/// cannot be used to find out which case numbers exist.
/// </summary>
public sealed class ApplicantProgressQuery(ICaseRepository cases, IQueryCodeStore codes, ICaseFileQuery files)
{
    /// <summary>The characters of an ID number the applicant may type instead of the code.</summary>
    public const int IdSuffixLength = 6;

    private static readonly string[] Finished = [nameof(Registry.Workflows.Journal.JournalAction.Completed), nameof(Registry.Workflows.Journal.JournalAction.Executed), nameof(Registry.Workflows.Journal.JournalAction.Signalled)];

    /// <summary>The case's progress, or null when the number and the code do not belong together (or either is unknown).</summary>
    /// <param name="caseNumber">As typed.</param>
    /// <param name="secret">The query code or the last 6 characters of an applicant's ID number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The progress, or null.</returns>
    public async Task<ApplicantProgress?> FindAsync(string? caseNumber, string? secret, CancellationToken cancellationToken = default)
    {
        var typed = QueryCodes.Normalize(secret);
        RegistrationCase? registrationCase = null;
        StoredQueryCode? stored = null;
        if (CaseNumber.TryParse(caseNumber?.Trim(), out var number, out _) && number is not null)
        {
            registrationCase = await cases.FindAsync(number, cancellationToken);
            stored = registrationCase is null ? null : await codes.FindAsync(number.Value, cancellationToken);
        }

        var codeMatches = QueryCodes.Matches(stored, typed);
        var idMatches = registrationCase is not null && IdSuffixMatches(registrationCase, typed);
        if (registrationCase is null || !(codeMatches || idMatches))
        {
            return null;
        }

        var file = await files.FindAsync(registrationCase.Number.Value, cancellationToken);
        return file is null ? null : From(file);
    }

    private static bool IdSuffixMatches(RegistrationCase registrationCase, string typed)
    {
        if (typed.Length != IdSuffixLength)
        {
            return false;
        }

        var match = false;
        foreach (var party in registrationCase.Parties.Where(p => p.IsApplicant))
        {
            var id = party.Party.IdNumber.ToUpperInvariant();
            if (id.Length >= IdSuffixLength)
            {
                // Every applicant is compared, so the time does not tell which one matched.
                match |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(id[^IdSuffixLength..]), Encoding.ASCII.GetBytes(typed));
            }
        }

        return match;
    }

    private static ApplicantProgress From(CaseFile.CaseFile file)
    {
        var header = file.Case;
        var nodes = file.Workflow?.Nodes ?? [];
        string En(string? zh) => nodes.FirstOrDefault(n => n.NameZh == zh)?.NameEn ?? zh ?? string.Empty;
        var done = file.Journal
            .Where(l => l.NodeName is not null && Finished.Contains(l.Action))
            .Select(l => new ProgressStep(l.NodeName!, En(l.NodeName), l.At))
            .ToList();
        var current = header.IsOpen
            ? nodes.Where(n => n.IsCurrent).Select(n => new ProgressStep(n.NameZh, n.NameEn, file.Workflow!.OpenTasks.FirstOrDefault(t => t.NodeId == n.Id)?.Since)).ToList()
            : [];

        // The latest decision line says why a case came back or was refused.
        var lastDecision = file.Journal.LastOrDefault(l => l.Action == nameof(Registry.Workflows.Journal.JournalAction.Returned)
            || (l.Action == nameof(Registry.Workflows.Journal.JournalAction.Completed) && l.NodeName is not null));
        var action = ApplicantAction.None;
        CodedReason? reason = null;
        switch (header.Status)
        {
            case nameof(CaseStatus.Accepted) when lastDecision?.Action == nameof(Registry.Workflows.Journal.JournalAction.Returned):
                action = ApplicantAction.Supplement;
                reason = ReasonCatalogue.Find(ReasonCatalogue.ReturnReasons, lastDecision.ReasonCode);
                break;
            case nameof(CaseStatus.Rejected):
                action = ApplicantAction.Refused;
                reason = ReasonCatalogue.Find(ReasonCatalogue.RefusalGrounds, file.Journal.LastOrDefault(l => l.ReasonCode is not null)?.ReasonCode);
                break;
            case nameof(CaseStatus.Withdrawn):
                action = ApplicantAction.Withdrawn;
                break;
            case nameof(CaseStatus.Completed) when header.CertificateNo is not null:
                action = ApplicantAction.CollectCertificate;
                break;
        }

        var deadline = header.IsOpen && file.Deadline is { } d ? new ProgressDeadline(d.DueAt, d.RemainingWorkingDays, d.IsPaused, d.IsProvisional) : null;
        return new ApplicantProgress(header.CaseNumber, header.BusinessTypeZh, header.BusinessTypeEn, header.Status, header.AcceptedAt,
            done, current, deadline, action, reason?.Zh, reason?.En, header.CertificateNo);
    }
}
