using Registry.Application.Cases;
using Registry.Application.Register;
using Registry.Application.Review.Facts;
using Registry.Application.SharedData;
using Registry.Domain;
using Registry.Domain.Cases;

namespace Registry.Application.Review;

/// <summary>
/// Builds the <see cref="ReviewFacts"/> of a case: the case, the current register of each of its units (with the other
/// open cases on that unit) and the shared data for it. One <see cref="ReviewFacts"/> per unit, in the case's unit order.
/// Today is taken from the <see cref="TimeProvider"/> in China time (Asia/Shanghai).
/// </summary>
public sealed class ReviewFactsBuilder(IRegisterRepository register, ICaseRepository cases, ISharedDataProvider sharedData, TimeProvider time)
{
    /// <summary>Builds the facts for every unit of <paramref name="registrationCase"/>.</summary>
    /// <exception cref="DomainValidationException">A unit of the case is not in the register.</exception>
    public async Task<IReadOnlyList<ReviewFacts>> BuildAsync(RegistrationCase registrationCase, RuleStage stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var today = RuleDates.Today(time, OfficeTimeZone.China);
        var caseFacts = CaseFactsMapper.ToFacts(registrationCase, stage);
        var result = new List<ReviewFacts>(registrationCase.Units.Count);
        for (var i = 0; i < registrationCase.Units.Count; i++)
        {
            var code = registrationCase.Units[i];
            var unitRegister = await register.FindAsync(code, cancellationToken)
                ?? throw new DomainValidationException($"units[{i}]", $"unit {code} of case {registrationCase.Number} is not in the register");
            var open = await cases.FindOpenOnUnitAsync(code, registrationCase.Number, cancellationToken);
            var openFacts = open.Select(o => new OpenCaseFacts { CaseNo = o.CaseNumber, BusinessType = o.BusinessType, AcceptedAt = o.AcceptedAt }).ToList();
            var unit = UnitSnapshotMapper.ToFacts(unitRegister.Current, openFacts);
            var shared = await SharedDataCollector.CollectAsync(sharedData, caseFacts, code.Value, cancellationToken);
            result.Add(new ReviewFacts { Case = caseFacts, Unit = unit, Shared = shared, Today = today });
        }

        return result;
    }
}
