using Registry.Application.Review.Facts;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;

namespace Registry.Application.Recording;

/// <summary>What an effect sees while it is applied: the booking case, instant and helpers that turn parameters into domain values.</summary>
internal sealed class EffectScope(RecordingContext context, DateTimeOffset at)
{
    public CaseNumber CaseNumber => context.CaseNumber;

    public DateTimeOffset AcceptedAt => context.AcceptedAt;

    public DateTimeOffset At => at;

    /// <summary>The booking day in China time (ID numbers are checked against it).</summary>
    public DateOnly Today => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Refuses the current effect.</summary>
    public static EffectRefusal Refuse(string reason) => new(reason);

    public Party Party(PartySpec? spec, string field)
    {
        if (spec is null)
        {
            throw new DomainValidationException(field, "party is required");
        }

        var id = spec.IdNumber?.Trim() ?? string.Empty;
        if (spec.IdType is { } kind && IdentityDocument.TryParseKind(kind, out var type))
        {
            try
            {
                return Registry.Domain.Parties.Party.Create(spec.Name, type, id, Today, field);
            }
            catch (IdentityDocumentInvalidException e)
            {
                throw new DomainValidationException(field, e.Problem.Message);
            }
        }

        if (ResidentIdNumber.TryParse(id, Today, out var person, out var personError))
        {
            return new NaturalPerson(spec.Name, person!);
        }

        if (UnifiedSocialCreditCode.TryParse(id, out var code, out var codeError))
        {
            return new Organisation(spec.Name, code!);
        }

        throw new DomainValidationException(field, $"'{spec.IdNumber}' of {spec.Name} is neither a resident ID number ({personError}) nor a credit code ({codeError})");
    }

    public IReadOnlyList<RightHolder> Holders(IReadOnlyList<HolderSpec>? specs, string field = "holders")
    {
        if (specs is null || specs.Count == 0)
        {
            throw new DomainValidationException(field, "at least one holder is required");
        }

        return [.. specs.Select((h, i) => new RightHolder(
            Party(new PartySpec(h.Name, h.IdNumber, h.IdType), $"{field}[{i}]"),
            h.Share is null ? null : Share.Parse(h.Share, $"{field}[{i}].share")))];
    }

    /// <summary>
    /// The guarantee scope (担保范围) from its parts' names, separated by commas or 、: Principal/主债权, Interest/利息,
    /// Penalty/违约金, Damages/损害赔偿金, EnforcementCosts/实现抵押权的费用; null or empty: the statutory scope (Civil Code 389).
    /// </summary>
    public static Registry.Domain.Register.GuaranteeScope? Scope(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var scope = Registry.Domain.Register.GuaranteeScope.None;
        foreach (var part in text.Split([',', '，', '、', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            scope |= part switch
            {
                "主债权" => Registry.Domain.Register.GuaranteeScope.Principal,
                "利息" => Registry.Domain.Register.GuaranteeScope.Interest,
                "违约金" => Registry.Domain.Register.GuaranteeScope.Penalty,
                "损害赔偿金" => Registry.Domain.Register.GuaranteeScope.Damages,
                "实现抵押权的费用" or "实现担保物权的费用" => Registry.Domain.Register.GuaranteeScope.EnforcementCosts,
                _ when Enum.TryParse<Registry.Domain.Register.GuaranteeScope>(part, ignoreCase: true, out var named) && !int.TryParse(part, out _) => named,
                _ => throw new DomainValidationException(field, $"'{part}' is not a part of the guarantee scope (Civil Code 389): Principal, Interest, Penalty, Damages, EnforcementCosts"),
            };
        }

        return scope;
    }

    /// <summary>The debtor (债务人) from a name and ID number, or null when neither is given.</summary>
    public Party? Debtor(string? name, string? idNumber) =>
        string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(idNumber) ? null : Party(new PartySpec(name?.Trim() ?? string.Empty, idNumber ?? string.Empty), "debtorIdNumber");

    public static CertificateNumber? Certificate(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null : CertificateNumber.Parse(text, field);

    public static bool IsHolder(OwnershipEntry ownership, string idNumber) =>
        ownership.Holders.Any(h => SameId(h.Party.IdNumber, idNumber));

    public static bool SameId(string a, string? b) => string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The current ownership, or a refusal naming the unit.</summary>
    public static OwnershipEntry RequireOwnership(UnitRegister register) =>
        register.Current.Ownership ?? throw Refuse($"unit {register.Unit.Code} has no current ownership");

    /// <summary>Refuses a disposal while a seizure is active (SEI-01).</summary>
    public static void RequireNotSeized(UnitRegister register, string what)
    {
        if (register.Current.ActiveSeizure is { } s)
        {
            throw Refuse($"unit is seized by {s.Authority} ({s.RulingNumber}); {what} is a disposal and is refused while the seizure lasts");
        }
    }

    /// <summary>
    /// PRE-01: a disposal is refused while a pre-notice is in force, unless the pre-notice holder consented in writing or
    /// is the one the disposal favours (<paramref name="favoured"/>: new holders or mortgagee).
    /// </summary>
    public static void RequirePreNoticeAllows(UnitRegister register, IEnumerable<Party> favoured, bool consent, string what, bool ownershipOnly = false)
    {
        if (consent)
        {
            return;
        }

        var favouredIds = favoured.Select(p => p.IdNumber).ToList();
        var blocking = register.Current.PreNotices
            .Where(p => !ownershipOnly || !PreNoticeKinds.IsMortgage(PreNoticeKinds.Parse(p.NoticeKind)))
            .FirstOrDefault(p => !favouredIds.Any(id => SameId(p.Holder.IdNumber, id)));
        if (blocking is not null)
        {
            throw Refuse($"a pre-notice ({blocking.NoticeKind}) for {blocking.Holder.Name} is in force; {what} needs the pre-notice holder's written consent (PRE-01)");
        }
    }

    /// <summary>Finds exactly one current mortgage by entry id, priority (顺位) or mortgagee.</summary>
    public static MortgageEntry Mortgage(UnitRegister register, Guid? entryId, int? priority, string? mortgageeIdNumber)
    {
        var current = register.Current.Mortgages;
        if (entryId is null && priority is null && mortgageeIdNumber is null)
        {
            throw Refuse("name the mortgage by entryId, priority or mortgageeIdNumber");
        }

        var matches = current
            .Select((m, i) => (m, Priority: i + 1))
            .Where(x => (entryId is null || x.m.Id == entryId) && (priority is null || x.Priority == priority)
                && (mortgageeIdNumber is null || SameId(x.m.Mortgagee.IdNumber, mortgageeIdNumber)))
            .Select(x => x.m)
            .ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw Refuse($"no current mortgage matches {Describe(entryId, priority, mortgageeIdNumber)} (current: {(current.Count == 0 ? "none" : string.Join("; ", current.Select((m, i) => $"#{i + 1} {m.Mortgagee.Name}")))})"),
            _ => throw Refuse($"{matches.Count} current mortgages match {Describe(entryId, priority, mortgageeIdNumber)}; add the priority"),
        };
    }

    /// <summary>Finds exactly one current pre-notice by entry id, holder or kind.</summary>
    public static PreNoticeEntry PreNotice(UnitRegister register, Guid? entryId, string? holderIdNumber, PreNoticeKind? kind)
    {
        var matches = register.Current.PreNotices
            .Where(p => (entryId is null || p.Id == entryId) && (holderIdNumber is null || SameId(p.Holder.IdNumber, holderIdNumber))
                && (kind is null || PreNoticeKinds.Parse(p.NoticeKind) == kind))
            .ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw Refuse($"no current pre-notice matches{(kind is null ? string.Empty : $" kind {kind}")}{(holderIdNumber is null ? string.Empty : $" holder {holderIdNumber}")}{(entryId is null ? string.Empty : $" entry {entryId}")}"),
            _ => throw Refuse($"{matches.Count} current pre-notices match; name the holder or the kind"),
        };
    }

    /// <summary>Finds exactly one current entry of type <typeparamref name="T"/> by id or party.</summary>
    public static T ByParty<T>(IReadOnlyList<T> current, Func<T, Party> party, Guid? entryId, string? idNumber, string what)
        where T : RegisterEntry
    {
        var matches = current.Where(e => (entryId is null || e.Id == entryId) && (idNumber is null || SameId(party(e).IdNumber, idNumber))).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw Refuse($"no current {what} matches{(idNumber is null ? string.Empty : $" {idNumber}")}{(entryId is null ? string.Empty : $" entry {entryId}")} (current: {current.Count})"),
            _ => throw Refuse($"{matches.Count} current {what} entries match; name the party or the entry"),
        };
    }

    private static string Describe(Guid? entryId, int? priority, string? mortgagee) =>
        string.Join(", ", new[]
        {
            entryId is null ? null : $"entry {entryId}",
            priority is null ? null : $"priority {priority}",
            mortgagee is null ? null : $"mortgagee {mortgagee}",
        }.Where(s => s is not null));
}
