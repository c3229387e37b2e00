using Registry.Domain.Codes;

namespace Registry.Domain.Register;

/// <summary>
/// One append-only entry of a unit's register. An entry is never edited or deleted: a change closes it
/// (once, with the closing case) and appends a new entry.
/// </summary>
public abstract class RegisterEntry
{
    /// <summary>Creates a current entry.</summary>
    private protected RegisterEntry(Guid id, CaseNumber caseNumber, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(caseNumber);
        Id = id;
        CaseNumber = caseNumber;
        RecordedAt = recordedAt;
    }

    /// <summary>Entry identifier.</summary>
    public Guid Id { get; }

    /// <summary>What the entry records.</summary>
    public abstract RegisterEntryKind Kind { get; }

    /// <summary>The case that wrote the entry.</summary>
    public CaseNumber CaseNumber { get; }

    /// <summary>When the entry was written (登簿).</summary>
    public DateTimeOffset RecordedAt { get; }

    /// <summary>When the entry was closed; null while current.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The case that closed the entry.</summary>
    public CaseNumber? ClosedByCaseNumber { get; private set; }

    /// <summary>True while the entry is not closed.</summary>
    public bool IsCurrent => ClosedAt is null;

    /// <summary>True when the entry was in force at <paramref name="instant"/>.</summary>
    public bool WasCurrentAt(DateTimeOffset instant) => RecordedAt <= instant && (ClosedAt is null || ClosedAt > instant);

    /// <summary>A one-line description of the entry for history lists.</summary>
    public abstract string Describe();

    /// <summary>Closes the entry once.</summary>
    internal void Close(CaseNumber closedBy, DateTimeOffset closedAt)
    {
        ArgumentNullException.ThrowIfNull(closedBy);
        if (ClosedAt is not null)
        {
            throw new DomainValidationException("entry", $"{Kind} entry {Id} was already closed at {ClosedAt:O} by case {ClosedByCaseNumber}; an entry is closed only once");
        }

        if (closedAt < RecordedAt)
        {
            throw new DomainValidationException("closedAt", $"{Kind} entry {Id} cannot be closed at {closedAt:O}, before it was recorded at {RecordedAt:O}");
        }

        ClosedAt = closedAt;
        ClosedByCaseNumber = closedBy;
    }

    /// <summary>Undoes <see cref="Close"/> for an in-memory change that was rolled back before it was stored.</summary>
    internal void Reopen()
    {
        ClosedAt = null;
        ClosedByCaseNumber = null;
    }
}
