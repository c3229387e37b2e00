using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Expiries;
using Registry.Application.Register;
using Registry.Application.Sequences;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.CaseFlow;

/// <summary>
/// Applies a register expiry the scheduler found due, as an ex-officio (依职权) change with its own case number so the
/// closed entry says what closed it: an objection lapses (IR 83: 15 days without a court filing), a pre-notice lapses,
/// a seizure term ends (the next waiting seizure is promoted). An entry already closed is reported, not closed twice.
/// </summary>
public sealed class RegisterExpiryHandler(IServiceScopeFactory scopes, ISequenceAllocator sequences, IOptions<OfficeOptions> office, TimeProvider time) : IRegisterExpiryHandler
{
    /// <inheritdoc />
    public async Task<RegisterExpiryOutcome> HandleAsync(RegisterExpiryRecord expiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expiry);
        await using var scope = scopes.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var register = await repository.FindAsync(UnitCode.Parse(expiry.UnitCode), cancellationToken);
        if (register is null || !Guid.TryParse(expiry.EntryReference, out var entryId))
        {
            return new RegisterExpiryOutcome($"unit {expiry.UnitCode} or entry {expiry.EntryReference} not found; nothing changed");
        }

        if (!register.Entries.Any(e => e.Id == entryId && e.IsCurrent))
        {
            return new RegisterExpiryOutcome($"entry {entryId} on unit {expiry.UnitCode} is no longer current; nothing changed");
        }

        var now = time.GetUtcNow();
        var today = OfficeTime.Today(now);
        var division = office.Value.DivisionCode;
        var caseNumber = CaseNumber.Create(division, today, await sequences.NextAsync($"case:{division}:{today:yyyyMMdd}", cancellationToken));
        string summary;
        switch (expiry.Kind)
        {
            case RegisterExpiryKind.ObjectionLapse:
                register.CancelObjection(caseNumber, now, entryId);
                summary = $"objection {entryId} on {expiry.UnitCode} lapsed (case {caseNumber})";
                break;
            case RegisterExpiryKind.PreNoticeLapse:
                register.CancelPreNotice(caseNumber, now, entryId);
                summary = $"pre-notice {entryId} on {expiry.UnitCode} lapsed (case {caseNumber})";
                break;
            case RegisterExpiryKind.SeizureExpiry:
                var promoted = register.LiftSeizure(caseNumber, now, entryId);
                summary = promoted is null
                    ? $"seizure {entryId} on {expiry.UnitCode} expired (case {caseNumber})"
                    : $"seizure {entryId} on {expiry.UnitCode} expired; waiting seizure {promoted.RulingNumber} is now active (case {caseNumber})";
                break;
            default:
                return new RegisterExpiryOutcome($"expiry kind {expiry.Kind} is not handled");
        }

        await repository.SaveAsync(register, cancellationToken);
        return new RegisterExpiryOutcome(summary);
    }
}
