using Registry.Application.CaseFlow;
using Registry.Application.Catalogue;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Review.Facts;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Register;

namespace Registry.Application.Review;

/// <summary>
/// The facts of each step of a combined case (组合业务, registration-types.md §4): "every rule runs on the register state
/// each step will leave behind". The type's effects are applied in memory, one step at a time, to the unit's register and
/// rolled back afterwards (nothing is stored); before each step the register is mapped to facts, the step's single type
/// becomes the case's business type and each party is put on the side it takes in that step.
/// </summary>
internal static class CombinedStepFacts
{
    /// <summary>One <see cref="ReviewFacts"/> per step, for the unit of <paramref name="unitFacts"/>.</summary>
    /// <param name="type">The combined type (its steps and effects, in booking order).</param>
    /// <param name="registrationCase">The case.</param>
    /// <param name="register">The unit's register as it stands; rolled back to this state before returning.</param>
    /// <param name="unitFacts">The whole case's facts for this unit (case, shared data, open cases, today).</param>
    /// <param name="at">The instant the in-memory steps are booked at.</param>
    /// <param name="nameOf">Finds a step type's names.</param>
    public static IReadOnlyList<ReviewFacts> For(
        BusinessType type,
        RegistrationCase registrationCase,
        UnitRegister register,
        ReviewFacts unitFacts,
        DateTimeOffset at,
        Func<string, CatalogueText?> nameOf)
    {
        var steps = type.Steps;
        var data = RegistrationCaseData.Build(registrationCase);

        // A step's effect is the template at the same position. A type whose effects do not pair with its steps is reviewed
        // step by step against the register as it stands (no simulation).
        var paired = type.Effects.Count == steps.Count;
        var context = new RecordingContext(registrationCase.Number, registrationCase.AcceptedAt, at);
        var scope = new EffectScope(context, at < registrationCase.AcceptedAt ? registrationCase.AcceptedAt : at);
        var checkpoint = register.Checkpoint();
        var result = new List<ReviewFacts>(steps.Count);
        try
        {
            for (var i = 0; i < steps.Count; i++)
            {
                var stepType = steps[i];
                var effects = paired ? Bind(type.Effects[i], data, register) : [];
                var name = nameOf(stepType);
                var caseFacts = unitFacts.Case with
                {
                    BusinessType = stepType,
                    CombinedType = type.Code,
                    Step = i + 1,
                    StepNameZh = name?.Zh ?? stepType,
                    StepNameEn = name?.En ?? stepType,
                    Parties = StepParties.For(steps, i, registrationCase.Parties, unitFacts.Case.Parties, register),
                    MortgageChange = effects.OfType<ChangeMortgage>().Select(e => MortgageChangeReader.Read(e, register, registrationCase.Declared)).FirstOrDefault(c => c is not null),
                };
                result.Add(unitFacts with { Case = caseFacts, Unit = UnitSnapshotMapper.ToFacts(register.Current, unitFacts.Unit.OpenCases) with { Easements = unitFacts.Unit.Easements } });
                if (!paired)
                {
                    continue;
                }

                try
                {
                    foreach (var effect in effects)
                    {
                        effect.Apply(scope, register);
                    }
                }
                catch (Exception ex) when (ex is EffectRefusal or DomainValidationException)
                {
                    // The step cannot be booked as the register stands (a seizure, a disposer who is not the holder…): its
                    // own checks say why. The later steps build on it, so they are not reviewed against a register they
                    // would never meet (that would only repeat the cause as, e.g., "the buyer is not the holder").
                    break;
                }
            }
        }
        finally
        {
            register.RollbackTo(checkpoint);
        }

        return result;
    }

    private static IReadOnlyList<RegisterEffect> Bind(EffectTemplate template, System.Text.Json.Nodes.JsonObject data, UnitRegister register)
    {
        try
        {
            return [.. template.Bind(data).Where(e => string.Equals(Domain.Codes.UnitCode.Normalize(e.Unit ?? string.Empty), register.Unit.Code.Value, StringComparison.Ordinal))];
        }
        catch (EffectBindingException)
        {
            // A step whose application lacks a value the register effect needs is refused at booking; review it unchanged.
            return [];
        }
    }
}
