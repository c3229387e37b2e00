using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Recording;

/// <summary>Applies effects in memory, checkpointing every register first and rolling all of them back on a refusal.</summary>
internal sealed class RegisterEffectApplier(TimeProvider timeProvider) : IRegisterEffectApplier
{
    public RecordingResult Apply(IReadOnlyCollection<UnitRegister> registers, IReadOnlyList<RegisterEffect> effects, RecordingContext context)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(effects);
        ArgumentNullException.ThrowIfNull(context);
        var at = context.RecordedAt ?? timeProvider.GetUtcNow();
        if (context.AcceptedAt > at)
        {
            throw new ArgumentException($"the case was accepted at {context.AcceptedAt:O}, after the booking instant {at:O}", nameof(context));
        }

        var byCode = new Dictionary<UnitCode, UnitRegister>();
        foreach (var register in registers)
        {
            if (!byCode.TryAdd(register.Unit.Code, register))
            {
                throw new ArgumentException($"unit {register.Unit.Code} is given twice", nameof(registers));
            }
        }

        var checkpoints = byCode.Values.Select(r => (Register: r, Point: r.Checkpoint())).ToList();
        var scope = new EffectScope(context, at);
        var outcomes = new List<EffectOutcome>(effects.Count);
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i] ?? throw new ArgumentException($"effect {i + 1} is null", nameof(effects));
            try
            {
                if (!UnitCode.TryParse(effect.Unit, out var code, out var error))
                {
                    throw EffectScope.Refuse($"unit code: {error}");
                }

                if (!byCode.TryGetValue(code!, out var register))
                {
                    throw EffectScope.Refuse("the unit's register was not loaded (load every unit the effects name; open a new one for a first registration)");
                }

                var before = register.Entries.ToList();
                var currentBefore = before.Where(e => e.IsCurrent).ToList();
                effect.Apply(scope, register);
                outcomes.Add(new EffectOutcome(
                    i,
                    effect,
                    code!,
                    [.. register.Entries.Except(before)],
                    [.. currentBefore.Where(e => !e.IsCurrent)]));
            }
            catch (Exception ex) when (ex is EffectRefusal or DomainValidationException)
            {
                foreach (var (r, point) in checkpoints)
                {
                    r.RollbackTo(point);
                }

                throw new RegisterEffectRefusedException(effect.Name, i, effect.Unit ?? "(none)", ex.Message, ex);
            }
        }

        return new RecordingResult(context.CaseNumber, at, outcomes);
    }
}
