using System.Globalization;
using Registry.Domain.Codes;

namespace Registry.Domain.Cases;

/// <summary>
/// A case (业务件): one application of one business type on one or more units, with its parties, declared facts,
/// materials and status. Status moves are checked against <see cref="CaseStatusRules"/>; every move is kept in
/// <see cref="History"/>. <see cref="Version"/> is the optimistic-concurrency version as loaded from storage.
/// </summary>
public sealed class RegistrationCase
{
    private readonly List<CaseParty> _parties;
    private readonly List<UnitCode> _units;
    private readonly List<ReceivedMaterial> _materials;
    private readonly List<CaseStatusChange> _history;

    private RegistrationCase(
        Guid id,
        CaseNumber number,
        string businessType,
        DateTimeOffset acceptedAt,
        string acceptedBy,
        CaseChannel channel,
        string? cause,
        IEnumerable<CaseParty> parties,
        IEnumerable<UnitCode> units,
        CaseDeclaration declared,
        IEnumerable<ReceivedMaterial> materials,
        IEnumerable<CaseStatusChange> history,
        CaseStatus status,
        long version)
    {
        Id = id;
        Number = number;
        BusinessType = businessType;
        AcceptedAt = acceptedAt;
        AcceptedBy = acceptedBy;
        Channel = channel;
        Cause = cause;
        _parties = [.. parties];
        _units = [.. units];
        Declared = declared;
        _materials = [.. materials];
        _history = [.. history];
        Status = status;
        Version = version;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; }

    /// <summary>Case number (业务号/受理编号).</summary>
    public CaseNumber Number { get; }

    /// <summary>Business type code from registration-types.md, e.g. HouseTransferResale.</summary>
    public string BusinessType { get; }

    /// <summary>Current status.</summary>
    public CaseStatus Status { get; private set; }

    /// <summary>Acceptance time.</summary>
    public DateTimeOffset AcceptedAt { get; }

    /// <summary>User who accepted the case.</summary>
    public string AcceptedBy { get; }

    /// <summary>Intake channel.</summary>
    public CaseChannel Channel { get; }

    /// <summary>Cause: Sale, Gift, Inheritance, CourtOrder…; null when the type implies it.</summary>
    public string? Cause { get; }

    /// <summary>Parties in application order.</summary>
    public IReadOnlyList<CaseParty> Parties => _parties;

    /// <summary>Units (one or more) in application order.</summary>
    public IReadOnlyList<UnitCode> Units => _units;

    /// <summary>Declared facts.</summary>
    public CaseDeclaration Declared { get; private set; }

    /// <summary>Materials received, in order of receipt.</summary>
    public IReadOnlyList<ReceivedMaterial> Materials => _materials;

    /// <summary>Every status move, oldest first.</summary>
    public IReadOnlyList<CaseStatusChange> History => _history;

    /// <summary>The workflow instance running the case, once started.</summary>
    public Guid? WorkflowInstanceId { get; private set; }

    /// <summary>Certificate or proof number issued (缮证), once issued.</summary>
    public string? IssuedCertificateNo { get; private set; }

    /// <summary>When the booking was reported to the national platform (上报), or null.</summary>
    public DateTimeOffset? ReportedAt { get; private set; }

    /// <summary>When the platform acknowledged the report, or null.</summary>
    public DateTimeOffset? ReportAcknowledgedAt { get; private set; }

    /// <summary>Concurrency version as loaded from storage; 0 for a case not stored yet.</summary>
    public long Version { get; private set; }

    /// <summary>True while the case is not finished (completed, rejected or withdrawn).</summary>
    public bool IsOpen => !CaseStatusRules.IsTerminal(Status);

    /// <summary>Accepts a new case (受理). Validates every field and names the first wrong one.</summary>
    /// <exception cref="DomainValidationException">A field is missing or wrong.</exception>
    public static RegistrationCase Accept(
        CaseNumber number,
        string businessType,
        DateTimeOffset acceptedAt,
        string acceptedBy,
        CaseChannel channel,
        string? cause,
        IReadOnlyList<CaseParty> parties,
        IReadOnlyList<UnitCode> units,
        CaseDeclaration? declared = null,
        IReadOnlyList<ReceivedMaterial>? materials = null,
        Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(units);
        ValidateBusinessType(businessType);
        if (string.IsNullOrWhiteSpace(acceptedBy))
        {
            throw new DomainValidationException("acceptedBy", "the accepting user is required");
        }

        if (!Enum.IsDefined(channel))
        {
            throw new DomainValidationException("channel", $"channel {(int)channel} is not known");
        }

        ValidateUnits(units);
        var declaration = (declared ?? CaseDeclaration.None).Validate();
        ValidateParties(parties, declaration.IsShareTransfer);
        return new RegistrationCase(
            id ?? Guid.CreateVersion7(acceptedAt),
            number,
            businessType.Trim(),
            acceptedAt,
            acceptedBy.Trim(),
            channel,
            string.IsNullOrWhiteSpace(cause) ? null : cause.Trim(),
            parties,
            units,
            declaration,
            materials ?? [],
            [],
            CaseStatus.Accepted,
            0);
    }

    /// <summary>Rebuilds a stored case (persistence only); trusts the stored values.</summary>
    internal static RegistrationCase Restore(
        Guid id,
        CaseNumber number,
        string businessType,
        CaseStatus status,
        DateTimeOffset acceptedAt,
        string acceptedBy,
        CaseChannel channel,
        string? cause,
        IEnumerable<CaseParty> parties,
        IEnumerable<UnitCode> units,
        CaseDeclaration declared,
        IEnumerable<ReceivedMaterial> materials,
        IEnumerable<CaseStatusChange> history,
        Guid? workflowInstanceId,
        string? issuedCertificateNo,
        DateTimeOffset? reportedAt,
        DateTimeOffset? reportAcknowledgedAt,
        long version) =>
        new(id, number, businessType, acceptedAt, acceptedBy, channel, cause, parties, units, declared, materials, history, status, version)
        {
            WorkflowInstanceId = workflowInstanceId,
            IssuedCertificateNo = issuedCertificateNo,
            ReportedAt = reportedAt,
            ReportAcknowledgedAt = reportAcknowledgedAt,
        };

    /// <summary>Marks the case stored under <paramref name="version"/> (persistence only).</summary>
    internal void MarkSaved(long version) => Version = version;

    /// <summary>Moves the case to <paramref name="to"/>; refused when the move is not legal from the current status.</summary>
    /// <exception cref="DomainValidationException">The move is not allowed, or <paramref name="at"/> is before the last move.</exception>
    public void MoveTo(CaseStatus to, DateTimeOffset at, string actor, string? reason = null)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new DomainValidationException("actor", "the acting user is required");
        }

        var last = _history.Count == 0 ? AcceptedAt : _history[^1].At;
        if (at < last)
        {
            throw new DomainValidationException("at", $"case {Number}: {at:O} is before its last change at {last:O}");
        }

        if (!CaseStatusRules.CanMove(Status, to, ResumeTarget))
        {
            throw new DomainValidationException("status", $"case {Number} cannot move from {Status} to {to}; allowed: {string.Join(", ", CaseStatusRules.Next(Status, ResumeTarget))}");
        }

        _history.Add(new CaseStatusChange(Status, to, at, actor.Trim(), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        Status = to;
    }

    /// <summary>Binds the case to its workflow instance; once bound it does not change.</summary>
    /// <exception cref="DomainValidationException">Already bound to another instance.</exception>
    public void BindWorkflow(Guid instanceId)
    {
        if (WorkflowInstanceId is { } existing && existing != instanceId)
        {
            throw new DomainValidationException("workflowInstanceId", $"case {Number} already runs in workflow instance {existing}");
        }

        WorkflowInstanceId = instanceId;
    }

    /// <summary>Adds a material received after acceptance (补正).</summary>
    /// <exception cref="DomainValidationException">The case is finished.</exception>
    public void ReceiveMaterial(ReceivedMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        RequireOpen("materials");
        _materials.Add(material);
    }

    /// <summary>Records the certificate or proof number issued (缮证).</summary>
    /// <exception cref="DomainValidationException">The case is not recorded yet or the number is empty.</exception>
    public void IssueCertificate(string number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new DomainValidationException("certificateNo", "certificate number is required");
        }

        if (Status is not (CaseStatus.Recorded or CaseStatus.Completed))
        {
            throw new DomainValidationException("certificateNo", $"case {Number} is {Status}; a certificate is issued only after recording");
        }

        IssuedCertificateNo = number.Trim();
    }

    /// <summary>Records that the booking was reported to the platform and, optionally, acknowledged.</summary>
    public void MarkReported(DateTimeOffset reportedAt, DateTimeOffset? acknowledgedAt = null)
    {
        if (acknowledgedAt is { } ack && ack < reportedAt)
        {
            throw new DomainValidationException("reportAcknowledgedAt", $"acknowledgement {ack:O} is before the report {reportedAt:O}");
        }

        ReportedAt = reportedAt;
        ReportAcknowledgedAt = acknowledgedAt;
    }

    /// <summary>When the case last entered <paramref name="status"/>, or null.</summary>
    public DateTimeOffset? EnteredAt(CaseStatus status) => _history.LastOrDefault(h => h.To == status)?.At;

    /// <summary>Who moved the case into <paramref name="status"/> last, or null.</summary>
    public string? EnteredBy(CaseStatus status) => _history.LastOrDefault(h => h.To == status)?.Actor;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} {BusinessType} ({Status})");

    // While suspended, the case resumes to the status it was suspended from.
    private CaseStatus? ResumeTarget => Status == CaseStatus.Suspended ? _history.LastOrDefault(h => h.To == CaseStatus.Suspended)?.From : null;

    private void RequireOpen(string field)
    {
        if (!IsOpen)
        {
            throw new DomainValidationException(field, $"case {Number} is {Status} and cannot change");
        }
    }

    private static void ValidateBusinessType(string businessType)
    {
        if (string.IsNullOrWhiteSpace(businessType))
        {
            throw new DomainValidationException("businessType", "business type is required");
        }

        var t = businessType.Trim();
        if (!char.IsAsciiLetterUpper(t[0]) || !t.All(char.IsAsciiLetterOrDigit))
        {
            throw new DomainValidationException("businessType", $"'{t}' is not a business type code (PascalCase letters and digits, e.g. HouseTransferResale)");
        }
    }

    private static void ValidateUnits(IReadOnlyList<UnitCode> units)
    {
        if (units.Count == 0)
        {
            throw new DomainValidationException("units", "at least one unit is required");
        }

        for (var i = 0; i < units.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(units[i]);
            for (var j = 0; j < i; j++)
            {
                if (units[j] == units[i])
                {
                    throw new DomainValidationException(string.Create(CultureInfo.InvariantCulture, $"units[{i}]"), $"unit {units[i]} is listed twice (also units[{j}])");
                }
            }
        }
    }

    private static void ValidateParties(IReadOnlyList<CaseParty> parties, bool shareTransfer)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(parties[i]);
            for (var j = 0; j < i; j++)
            {
                if (parties[j].Role == parties[i].Role && parties[j].Party.IdNumber == parties[i].Party.IdNumber)
                {
                    throw new DomainValidationException(string.Create(CultureInfo.InvariantCulture, $"parties[{i}].idNumber"), $"{parties[i].Party.IdNumber} is already a {parties[i].Role} (parties[{j}])");
                }
            }
        }

        // Shares within one role are all or nothing and add up to exactly 1 (COO-03).
        foreach (var role in parties.GroupBy(p => p.Role))
        {
            var members = role.ToList();
            if (!members.Any(p => p.Share is not null))
            {
                continue;
            }

            var missing = members.FindIndex(p => p.Share is null);
            if (missing >= 0)
            {
                var index = IndexOf(parties, members[missing]);
                throw new DomainValidationException(string.Create(CultureInfo.InvariantCulture, $"parties[{index}].share"), $"{role.Key} {members[missing].Party.Name} has no share while others in the role have one");
            }

            // A co-owner by shares may transfer their own share (民法典 305; IR 10 para 2): the transferees then take
            // part of the unit, and acceptance checks the unit's shares after the transfer against the register.
            if (shareTransfer && role.Key == CasePartyRole.Transferee)
            {
                var (n, d) = Share.Total([.. members.Select(p => p.Share!.Value)]);
                if (n > d)
                {
                    throw new DomainValidationException("parties", string.Create(CultureInfo.InvariantCulture, $"{role.Key}: shares {string.Join(" + ", members.Select(p => p.Share))} add up to {n}/{d}, more than the whole unit"));
                }

                continue;
            }

            var sum = Share.CheckSumIsWhole([.. members.Select(p => p.Share!.Value)]);
            if (sum is not null)
            {
                throw new DomainValidationException("parties", $"{role.Key}: {sum}");
            }
        }
    }

    private static int IndexOf(IReadOnlyList<CaseParty> parties, CaseParty party)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (ReferenceEquals(parties[i], party))
            {
                return i;
            }
        }

        return -1;
    }
}
