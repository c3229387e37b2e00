using System.Globalization;
using Microsoft.Extensions.Options;
using Registry.Application.CaseFile;
using Registry.Application.CaseFlow;
using Registry.Application.Examination;
using Registry.Application.Notifications;
using Registry.Application.Progress;
using Registry.Application.Register.Browse;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Workflows.Journal;

namespace Registry.Application.Documents;

/// <summary>
/// The documents a case hands the applicant (受理回执, 补正通知书, 不予登记告知书, the electronic certificate), each built
/// from the case file and the register and checked against the roles that hand it out. Nothing is written: a document is
/// produced again on every download.
/// </summary>
public sealed class CaseDocuments(ICaseFileQuery files, IQueryCodeStore codes, ICertificateTokens tokens, IOptions<OfficeOptions> office,
    IOptions<NotificationOptions> notifications, TimeProvider time)
{
    /// <summary>Who may print a receipt: the counter.</summary>
    public static readonly IReadOnlyList<string> ReceiptRoles = [RegistryRoles.Acceptor];

    /// <summary>Who may print a supplement or refusal notice: the counter and the examiners who decided.</summary>
    public static readonly IReadOnlyList<string> NoticeRoles =
        [RegistryRoles.Acceptor, RegistryRoles.FirstReview, RegistryRoles.SecondReview, RegistryRoles.Approver, RegistryRoles.Recorder, RegistryRoles.BusinessAdmin];

    /// <summary>Who may print a certificate (缮证/发证): the counter and the recorders.</summary>
    public static readonly IReadOnlyList<string> CertificateRoles = [RegistryRoles.Acceptor, RegistryRoles.Recorder, RegistryRoles.BusinessAdmin];

    /// <summary>
    /// The acceptance receipt. The query code is stored only as a hash, so the caller passes the code it was shown at
    /// acceptance and it is checked against that hash before it is printed.
    /// </summary>
    public async Task<DocumentOutcome<AcceptanceReceipt>> ReceiptAsync(string caseNumber, string? queryCode, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (!Holds(roles, ReceiptRoles))
        {
            return new(null, DocumentRefusal.Forbidden);
        }

        var file = await FindAsync(caseNumber, cancellationToken);
        if (file is null)
        {
            return new(null, DocumentRefusal.NotFound);
        }

        if (!QueryCodes.Matches(await codes.FindAsync(file.Case.CaseNumber, cancellationToken), queryCode ?? string.Empty))
        {
            return new(null, DocumentRefusal.NotApplicable);
        }

        var materials = file.Materials.Received
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.NameZh}（{m.Pages}页）"))
            .ToList();
        return new(new AcceptanceReceipt(Header(file), materials, file.Deadline?.DueAt,
            QueryCodes.Display(QueryCodes.Normalize(queryCode)), notifications.Value.ProgressUrl), DocumentRefusal.None);
    }

    /// <summary>The supplement notice of a case that was returned to the applicant and waits at acceptance.</summary>
    public async Task<DocumentOutcome<SupplementNotice>> SupplementAsync(string caseNumber, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (!Holds(roles, NoticeRoles))
        {
            return new(null, DocumentRefusal.Forbidden);
        }

        var file = await FindAsync(caseNumber, cancellationToken);
        if (file is null)
        {
            return new(null, DocumentRefusal.NotFound);
        }

        // The same test as the progress page: waiting at acceptance after a return.
        var last = LastDecision(file);
        if (file.Case.Status != nameof(CaseStatus.Accepted) || last?.Action != nameof(JournalAction.Returned))
        {
            return new(null, DocumentRefusal.NotApplicable);
        }

        var reason = ReasonCatalogue.Find(ReasonCatalogue.ReturnReasons, last.ReasonCode)?.Zh ?? ReasonCatalogue.ReturnReasons[0].Zh;
        var missing = file.Materials.Missing.Select(m => m.NameZh).ToList();
        return new(new SupplementNotice(Header(file), reason, Blank(last.Opinion), missing, last.At), DocumentRefusal.None);
    }

    /// <summary>The refusal notice of a refused case, with the legal ground the examiner chose.</summary>
    public async Task<DocumentOutcome<RefusalNotice>> RefusalAsync(string caseNumber, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (!Holds(roles, NoticeRoles))
        {
            return new(null, DocumentRefusal.Forbidden);
        }

        var file = await FindAsync(caseNumber, cancellationToken);
        if (file is null)
        {
            return new(null, DocumentRefusal.NotFound);
        }

        var line = file.Journal.LastOrDefault(l => ReasonCatalogue.Find(ReasonCatalogue.RefusalGrounds, l.ReasonCode) is not null);
        if (file.Case.Status != nameof(CaseStatus.Rejected) || line is null)
        {
            return new(null, DocumentRefusal.NotApplicable);
        }

        var ground = ReasonCatalogue.Find(ReasonCatalogue.RefusalGrounds, line.ReasonCode)!;
        return new(new RefusalNotice(Header(file), ground.Zh, Blank(line.Opinion), line.At), DocumentRefusal.None);
    }

    /// <summary>The electronic certificate of a case that issued one, while the register still carries its number.</summary>
    public async Task<DocumentOutcome<CertificateDocument>> CertificateAsync(string caseNumber, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (!Holds(roles, CertificateRoles))
        {
            return new(null, DocumentRefusal.Forbidden);
        }

        var file = await FindAsync(caseNumber, cancellationToken);
        if (file is null)
        {
            return new(null, DocumentRefusal.NotFound);
        }

        var number = Normal(file.Case.CertificateNo);
        if (number is null)
        {
            return new(null, DocumentRefusal.NotApplicable);
        }

        var header = Header(file);
        foreach (var unit in file.Units)
        {
            if (unit.Register is not { } r)
            {
                continue;
            }

            if (r.Ownerships.FirstOrDefault(o => Normal(o.CertificateNumber) == number) is { } own)
            {
                var holders = own.Holders.Select(h => h.Share is null ? h.Name : $"{h.Name}（{h.Share}）").ToList();
                var term = own.TermStart is { } s && own.TermEnd is { } e ? $"{s:yyyy年M月d日}起{e:yyyy年M月d日}止" : null;
                return new(new CertificateDocument(header, number, false, holders, [], CoOwnershipZh(own.CoOwnership),
                    r.Location, r.DisplayCode, own.RightType, r.Use, r.Area, term, null, own.RecordedAt, tokens.Issue(Guid.Parse(own.EntryId))), DocumentRefusal.None);
            }

            if (r.Mortgages.FirstOrDefault(m => Normal(m.ProofNumber) == number) is { } mortgage)
            {
                var matter = mortgage.Kind == nameof(Registry.Domain.Register.MortgageKind.MaximumAmount) ? "最高额抵押权" : "抵押权";
                var other = string.Create(CultureInfo.InvariantCulture, $"被担保主债权数额（最高债权额）：{mortgage.Amount:0.00}元；抵押顺位：{mortgage.Priority}");
                return new(new CertificateDocument(header, number, true, [mortgage.Mortgagee], mortgage.Mortgagors ?? [], null,
                    r.Location, r.DisplayCode, matter, r.Use, r.Area, $"{mortgage.DebtStart:yyyy年M月d日}起{mortgage.DebtEnd:yyyy年M月d日}止", other,
                    mortgage.RecordedAt, tokens.Issue(Guid.Parse(mortgage.EntryId))), DocumentRefusal.None);
            }

            if (r.PreNotices.FirstOrDefault(p => Normal(p.ProofNumber) == number) is { } notice)
            {
                return new(new CertificateDocument(header, number, true, [notice.Holder], [], null,
                    r.Location, r.DisplayCode, "预告登记", r.Use, r.Area, null, null, notice.RecordedAt, tokens.Issue(Guid.Parse(notice.EntryId))), DocumentRefusal.None);
            }
        }

        // The number is no longer current on the case's units (transferred, cancelled): there is nothing to print.
        return new(null, DocumentRefusal.NotApplicable);
    }

    // A malformed number is no case: the case-file query would throw on it.
    private async Task<CaseFile.CaseFile?> FindAsync(string caseNumber, CancellationToken cancellationToken) =>
        Registry.Domain.Codes.CaseNumber.TryParse(caseNumber?.Trim(), out var number, out _) && number is not null
            ? await files.FindAsync(number.Value, cancellationToken)
            : null;

    private static bool Holds(IReadOnlyCollection<string> roles, IReadOnlyList<string> allowed) => roles.Any(allowed.Contains);

    private static CaseFileJournalLine? LastDecision(CaseFile.CaseFile file) =>
        file.Journal.LastOrDefault(l => l.Action == nameof(JournalAction.Returned) || (l.Action == nameof(JournalAction.Completed) && l.NodeName is not null));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The register and the case may print brackets differently; compare the parsed form.
    private static string? Normal(string? number) => CertificateNumber.TryParse(number, out var parsed, out _) ? parsed!.ToString() : null;

    private static string CoOwnershipZh(string coOwnership) => coOwnership switch
    {
        nameof(Registry.Domain.Register.CoOwnership.Sole) => "单独所有",
        nameof(Registry.Domain.Register.CoOwnership.Joint) => "共同共有",
        nameof(Registry.Domain.Register.CoOwnership.ByShares) => "按份共有",
        _ => coOwnership,
    };

    private DocumentHeader Header(CaseFile.CaseFile file)
    {
        var applicants = file.Parties.Where(p => p.IsApplicant).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        var units = file.Units
            .Select(u => u.Register is { } r ? $"{r.DisplayCode}　{r.Location}" : UnitCode.TryParse(u.UnitCode, out var c, out _) ? c!.Display : u.UnitCode)
            .ToList();
        return new DocumentHeader(office.Value.Area + "不动产登记中心", file.Case.CaseNumber, file.Case.BusinessTypeZh, file.Case.AcceptedAt,
            applicants, units, time.GetUtcNow());
    }
}
