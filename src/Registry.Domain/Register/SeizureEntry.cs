using Registry.Domain.Codes;

namespace Registry.Domain.Register;

/// <summary>
/// Judicial seizure (查封) or waiting seizure (轮候查封). When a waiting seizure is promoted its entry
/// is closed and an active entry with the same <see cref="SeizureId"/> is appended.
/// </summary>
public sealed class SeizureEntry : RegisterEntry
{
    internal SeizureEntry(
        Guid id,
        CaseNumber caseNumber,
        DateTimeOffset recordedAt,
        Guid seizureId,
        SeizureState state,
        string authority,
        string rulingNumber,
        DateTimeOffset deliveredAt,
        DateOnly? start,
        DateOnly? end)
        : base(id, caseNumber, recordedAt)
    {
        if (string.IsNullOrWhiteSpace(authority))
        {
            throw new DomainValidationException("authority", "seizing authority (查封机关) is required");
        }

        if (string.IsNullOrWhiteSpace(rulingNumber))
        {
            throw new DomainValidationException("rulingNumber", "ruling number (查封文号) is required");
        }

        if (start is not null && end is not null && end < start)
        {
            throw new DomainValidationException("end", $"seizure end {end:yyyy-MM-dd} is before its start {start:yyyy-MM-dd}");
        }

        SeizureId = seizureId;
        State = state;
        Authority = authority.Trim();
        RulingNumber = rulingNumber.Trim();
        DeliveredAt = deliveredAt;
        Start = start;
        End = end;
    }

    /// <inheritdoc />
    public override RegisterEntryKind Kind => RegisterEntryKind.Seizure;

    /// <summary>Identity of the seizure across its entries (waiting, then active).</summary>
    public Guid SeizureId { get; }

    /// <summary>Active or waiting.</summary>
    public SeizureState State { get; }

    /// <summary>Seizing authority (court).</summary>
    public string Authority { get; }

    /// <summary>Ruling number (裁定书文号).</summary>
    public string RulingNumber { get; }

    /// <summary>Delivery time of the assistance notice; orders the waiting queue (SEI-03).</summary>
    public DateTimeOffset DeliveredAt { get; }

    /// <summary>Start of the seizure term.</summary>
    public DateOnly? Start { get; }

    /// <summary>End of the seizure term.</summary>
    public DateOnly? End { get; }

    /// <inheritdoc />
    public override string Describe() => $"{State} seizure by {Authority} ({RulingNumber}), delivered {DeliveredAt:yyyy-MM-dd HH:mm}";
}
