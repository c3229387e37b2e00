using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Registry.Application.Fields;
using Registry.Application.Register.Browse;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Register;

/// <summary>
/// Read side of the register on EF Core: no tracking, one short-lived context per call (safe for Blazor
/// Server circuits), as-of filtering RecordedAt &lt;= t &lt; ClosedAt in SQL.
/// </summary>
internal sealed class EfRegisterBrowser(IDbContextFactory<RegistryDbContext> contextFactory, TimeProvider timeProvider) : IRegisterBrowser
{
    private const int MaxPageSize = 200;

    private static readonly string OwnershipKind = nameof(RegisterEntryKind.Ownership);
    private static readonly string MortgageKindName = nameof(RegisterEntryKind.Mortgage);
    private static readonly string SeizureKind = nameof(RegisterEntryKind.Seizure);
    private static readonly string PreNoticeKind = nameof(RegisterEntryKind.PreNotice);
    private static readonly string ObjectionKind = nameof(RegisterEntryKind.Objection);
    private static readonly string ActiveState = nameof(SeizureState.Active);
    private static readonly string WaitingState = nameof(SeizureState.Waiting);

    public async Task<PagedResult<UnitSummary>> SearchAsync(UnitSearch query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        FieldLimits.Check("search", query.Text, FieldLimits.Search);
        var page = Math.Max(0, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        IQueryable<UnitRow> units = db.Units.AsNoTracking();
        var text = query.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            var code = UnitCode.Normalize(text);
            if (LooksLikeCodePrefix(code))
            {
                // A range on the primary key: index seek, not a scan. Codes are ASCII uppercase and digits,
                // so the SQL comparison is ordinal; string.Compare is only the LINQ spelling of it.
                var upper = code + "~";
#pragma warning disable CA1309
                units = units.Where(u => string.Compare(u.Code, code) >= 0 && string.Compare(u.Code, upper) < 0);
#pragma warning restore CA1309
            }
            else
            {
                // Two scans joined by UNION (location, current holders), not a correlated subquery per unit.
                var entries = db.Entries;
                var matching = db.Units.Where(u => u.Location.Contains(text)).Select(u => u.Code)
                    .Union(db.Holders
                        .Where(h => h.Name.Contains(text) && entries.Any(e => e.Id == h.EntryId && e.ClosedAt == null && e.Kind == OwnershipKind))
                        .Select(h => h.UnitCode));
                if (code.All(char.IsAsciiLetterOrDigit))
                {
                    matching = matching.Union(db.Units.Where(u => u.Code.StartsWith(code)).Select(u => u.Code));
                }

                units = units.Where(u => matching.Contains(u.Code));
            }
        }

        var total = await units.CountAsync(cancellationToken);
        var entriesSet = db.Entries;
        var rows = await units
            .OrderBy(u => u.Code)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(u => new
            {
                u.Code,
                u.Location,
                u.Use,
                u.Area,
                Mortgages = entriesSet.Count(e => e.UnitCode == u.Code && e.Kind == MortgageKindName && e.ClosedAt == null),
                Active = entriesSet.Count(e => e.UnitCode == u.Code && e.Kind == SeizureKind && e.ClosedAt == null && e.SeizureState == ActiveState),
                Waiting = entriesSet.Count(e => e.UnitCode == u.Code && e.Kind == SeizureKind && e.ClosedAt == null && e.SeizureState == WaitingState),
                PreNotice = entriesSet.Any(e => e.UnitCode == u.Code && e.Kind == PreNoticeKind && e.ClosedAt == null),
                Objection = entriesSet.Any(e => e.UnitCode == u.Code && e.Kind == ObjectionKind && e.ClosedAt == null),
            })
            .ToListAsync(cancellationToken);

        var codes = rows.Select(r => r.Code).ToList();
        var currentHolders = await (
            from h in db.Holders.AsNoTracking()
            join e in db.Entries on h.EntryId equals e.Id
            where codes.Contains(h.UnitCode) && e.ClosedAt == null && e.Kind == OwnershipKind
            select h).ToListAsync(cancellationToken);
        var holdersByUnit = currentHolders.ToLookup(h => h.UnitCode);

        var items = rows.Select(r => new UnitSummary(
            r.Code,
            r.Location,
            r.Use,
            r.Area,
            string.Join("、", holdersByUnit[r.Code].OrderBy(h => h.Ordinal).Select(h => h.Name)),
            r.Mortgages,
            r.Active,
            r.Waiting,
            r.PreNotice,
            r.Objection)).ToList();
        return new PagedResult<UnitSummary>(items, total, page, pageSize);
    }

    public async Task<UnitRegisterView?> GetUnitAsync(string unitCode, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        var code = UnitCode.Normalize(unitCode);
        var at = asOf ?? timeProvider.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var entries = await db.Entries.AsNoTracking()
            .Where(e => e.UnitCode == code && e.RecordedAt <= at && (e.ClosedAt == null || e.ClosedAt > at))
            .ToListAsync(cancellationToken);
        var ownershipIds = entries.Where(e => e.Kind == OwnershipKind || e.Kind == MortgageKindName).Select(e => e.Id).ToList();
        var holders = (await db.Holders.AsNoTracking().Where(h => ownershipIds.Contains(h.EntryId)).ToListAsync(cancellationToken))
            .ToLookup(h => h.EntryId);

        var ownerships = entries.Where(e => e.Kind == OwnershipKind).OrderBy(e => e.RecordedAt)
            .Select(e => new OwnershipView(
                e.Id.ToString(), e.RightType ?? string.Empty, e.CoOwnership ?? string.Empty,
                [.. holders[e.Id].OrderBy(h => h.Ordinal).Select(ToView)],
                e.CertificateNumber, e.TermStart, e.TermEnd, e.RecordedAt, e.CaseNumber))
            .ToList();
        var mortgages = entries.Where(e => e.Kind == MortgageKindName)
            .OrderBy(e => e.RankedAt ?? e.AcceptedAt).ThenBy(e => e.RecordedAt).ThenBy(e => e.CaseNumber, StringComparer.Ordinal)
            .Select((e, i) => new MortgageView(
                e.Id.ToString(), i + 1, e.MortgageKind ?? string.Empty, e.PartyName ?? string.Empty, e.Amount ?? 0m,
                e.TermStart ?? default, e.TermEnd ?? default, e.CertificateNumber, e.RecordedAt, e.CaseNumber,
                [.. holders[e.Id].OrderBy(h => h.Ordinal).Select(h => h.Name)], e.TransferRestricted ?? false,
                ScopeParts(e.GuaranteeScope), e.DebtorName, e.InConstruction ?? false))
            .ToList();
        var seizureRows = entries.Where(e => e.Kind == SeizureKind).ToList();
        var seizures = seizureRows.Where(e => e.SeizureState == ActiveState)
            .Select(e => ToSeizureView(e, null))
            .Concat(seizureRows.Where(e => e.SeizureState == WaitingState)
                .OrderBy(e => e.DeliveredAt).ThenBy(e => e.RecordedAt)
                .Select((e, i) => ToSeizureView(e, i + 1)))
            .ToList();
        var preNotices = entries.Where(e => e.Kind == PreNoticeKind).OrderBy(e => e.RecordedAt)
            .Select(e => new PreNoticeView(e.Id.ToString(), e.RightType ?? string.Empty, e.PartyName ?? string.Empty, e.RecordedAt, e.CertificateNumber, e.CaseNumber))
            .ToList();
        var objections = entries.Where(e => e.Kind == ObjectionKind).OrderBy(e => e.RecordedAt)
            .Select(e => new ObjectionView(e.Id.ToString(), e.PartyName ?? string.Empty, e.Detail ?? string.Empty, e.RecordedAt, e.TermEnd ?? default, e.CaseNumber))
            .ToList();
        var others = entries.Where(e => e.Kind is nameof(RegisterEntryKind.ResidenceRight) or nameof(RegisterEntryKind.Easement))
            .OrderBy(e => e.RecordedAt)
            .Select(e => new OtherRightView(e.Id.ToString(), e.Kind, e.PartyName ?? string.Empty, Summarize(e, []), e.RecordedAt, e.CaseNumber))
            .ToList();

        return new UnitRegisterView(
            unit.Code,
            UnitCode.TryParse(unit.Code, out var parsed, out _) ? parsed!.Display : unit.Code,
            unit.Kind,
            unit.Location,
            unit.Use,
            unit.Area,
            at,
            ownerships,
            mortgages,
            seizures,
            preNotices,
            objections,
            others);
    }

    public async Task<IReadOnlyList<RegisterHistoryEntry>> GetHistoryAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        var code = UnitCode.Normalize(unitCode);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.Entries.AsNoTracking().Where(e => e.UnitCode == code).OrderBy(e => e.RecordedAt).ToListAsync(cancellationToken);
        var holders = (await db.Holders.AsNoTracking().Where(h => h.UnitCode == code).ToListAsync(cancellationToken)).ToLookup(h => h.EntryId);
        return [.. entries
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.ClosedAt is null ? 1 : 0)
            .Select(e => new RegisterHistoryEntry(e.Id.ToString(), e.Kind, Summarize(e, holders[e.Id]), e.RecordedAt, e.ClosedAt, e.CaseNumber, e.ClosedByCaseNumber))];
    }

    private static bool LooksLikeCodePrefix(string text) =>
        text.Length >= 6 && text.Length <= 28 && char.IsAsciiDigit(text[0]) && text.All(char.IsAsciiLetterOrDigit);

    private static HolderView ToView(RightHolderRow h) => new(
        h.Name, h.IdKind, h.IdNumber,
        h.ShareNumerator is { } n && h.ShareDenominator is { } d ? string.Create(CultureInfo.InvariantCulture, $"{n}/{d}") : null);

    // The guarantee scope's parts (Civil Code 389) by name, the statutory scope when none was agreed.
    private static IReadOnlyList<string> ScopeParts(string? scope)
    {
        var value = scope is null ? GuaranteeScope.Statutory : Enum.Parse<GuaranteeScope>(scope);
        return [.. Enum.GetValues<GuaranteeScope>()
            .Where(p => p is not (GuaranteeScope.None or GuaranteeScope.Statutory) && value.HasFlag(p))
            .Select(p => p.ToString())];
    }

    private static SeizureView ToSeizureView(RegisterEntryRow e, int? queuePosition) => new(
        e.Id.ToString(), e.SeizureState ?? string.Empty, queuePosition, e.Authority ?? string.Empty, e.RulingNumber ?? string.Empty,
        e.DeliveredAt ?? default, e.TermStart, e.TermEnd, e.RecordedAt, e.CaseNumber);

    private static string Summarize(RegisterEntryRow e, IEnumerable<RightHolderRow> holders) => e.Kind switch
    {
        nameof(RegisterEntryKind.Ownership) =>
            $"{e.RightType} {e.CoOwnership}: {string.Join("、", holders.OrderBy(h => h.Ordinal).Select(h => h.ShareNumerator is null ? h.Name : $"{h.Name}({h.ShareNumerator}/{h.ShareDenominator})"))}",
        nameof(RegisterEntryKind.Mortgage) =>
            string.Create(CultureInfo.InvariantCulture, $"{e.MortgageKind} {e.Amount:0.00} yuan to {e.PartyName}, debt {e.TermStart:yyyy-MM-dd}..{e.TermEnd:yyyy-MM-dd}")
            + (holders.Any() ? $", mortgagors {string.Join("、", holders.OrderBy(h => h.Ordinal).Select(h => h.Name))}" : string.Empty)
            + (e.TransferRestricted == true ? ", transfer restricted by agreement" : string.Empty)
            + (e.GuaranteeScope is { } scope ? $", scope {scope}" : string.Empty)
            + (e.DebtorName is { } debtor ? $", debtor {debtor}" : string.Empty)
            + (e.InConstruction == true ? ", building under construction" : string.Empty),
        nameof(RegisterEntryKind.Seizure) =>
            string.Create(CultureInfo.InvariantCulture, $"{e.SeizureState} seizure by {e.Authority} ({e.RulingNumber}), delivered {e.DeliveredAt:yyyy-MM-dd HH:mm}"),
        nameof(RegisterEntryKind.PreNotice) => $"{e.RightType} for {e.PartyName}",
        nameof(RegisterEntryKind.Objection) => string.Create(CultureInfo.InvariantCulture, $"Objection by {e.PartyName}: {e.Detail} (lapses {e.TermEnd:yyyy-MM-dd})"),
        nameof(RegisterEntryKind.ResidenceRight) => e.TermEnd is null
            ? $"Residence right of {e.PartyName} for life"
            : string.Create(CultureInfo.InvariantCulture, $"Residence right of {e.PartyName} until {e.TermEnd:yyyy-MM-dd}"),
        nameof(RegisterEntryKind.Easement) when e.IsBenefit == true => $"Easement ({e.RightType}) over {e.RelatedUnitCode} for {e.PartyName}",
        nameof(RegisterEntryKind.Easement) => $"Easement ({e.RightType}) for {e.PartyName}",
        _ => e.Kind,
    };
}
