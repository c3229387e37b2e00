using System.Globalization;
using Registry.Application.Cases;
using Registry.Application.Catalogue;
using Registry.Application.Register;
using Registry.Application.Review.Facts;
using Registry.Application.SharedData;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Workflows.Runtime;

namespace Registry.Application.Review;

/// <summary>
/// Builds the <see cref="ReviewFacts"/> of a case: the case, the current register of each of its units (with the other
/// open cases on that unit) and the shared data for it. One <see cref="ReviewFacts"/> per unit, in the case's unit order.
/// Today is taken from the <see cref="TimeProvider"/> in China time (Asia/Shanghai).
/// </summary>
public sealed class ReviewFactsBuilder(IRegisterRepository register, ICaseRepository cases, ISharedDataProvider sharedData, TimeProvider time, IWorkflowInstanceStore? instances = null, IWorkingDayCounter? workingDays = null, IBusinessTypeCatalogue? catalogue = null)
{
    private static readonly WeekdayCounter WorkingDays = new();

    /// <summary>Builds the facts for every unit of <paramref name="registrationCase"/>.</summary>
    /// <remarks>A unit not yet in the register (a first registration creating it, as acceptance allows) is reviewed as an empty register.</remarks>
    public async Task<IReadOnlyList<ReviewFacts>> BuildAsync(RegistrationCase registrationCase, RuleStage stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var today = RuleDates.Today(time, OfficeTimeZone.China);
        var caseFacts = CaseFactsMapper.ToFacts(registrationCase, stage);
        BusinessType? type = null;
        if (catalogue is not null && catalogue.TryFind(registrationCase.BusinessType, out type) && type!.Steps.Count > 0)
        {
            caseFacts = caseFacts with { CombinedSteps = type.Steps };
        }

        if (instances is not null && registrationCase.WorkflowInstanceId is { } id && await instances.FindAsync(id, cancellationToken) is { } instance)
        {
            caseFacts = caseFacts with
            {
                AnnouncementWorkingDays = PausedWorkingDays(instance, "announcement"),
                CorrectionNoticeWorkingDays = PausedWorkingDays(instance, "partyNotice"),
            };
        }

        var result = new List<ReviewFacts>(registrationCase.Units.Count);
        for (var i = 0; i < registrationCase.Units.Count; i++)
        {
            var code = registrationCase.Units[i];
            var unitRegister = await register.FindAsync(code, cancellationToken) ?? NotYetRegistered(code, registrationCase);
            var open = await cases.FindOpenOnUnitAsync(code, registrationCase.Number, cancellationToken);
            var openFacts = open.Select(o => new OpenCaseFacts { CaseNo = o.CaseNumber, BusinessType = o.BusinessType, AcceptedAt = o.AcceptedAt }).ToList();
            var unit = UnitSnapshotMapper.ToFacts(unitRegister.Current, openFacts);
            if (unit.Easements.Count > 0)
            {
                unit = unit with { Easements = await WithCounterpartHoldersAsync(unit.Easements, cancellationToken) };
            }

            var shared = await SharedDataCollector.CollectAsync(sharedData, caseFacts, code.Value, cancellationToken);
            var unitCase = type is { Steps.Count: 0 } single && single.Effects.Count > 0
                ? caseFacts with { MortgageChange = MortgageChangeOf(single, registrationCase, unitRegister) }
                : caseFacts;
            result.Add(new ReviewFacts { Case = unitCase, Unit = unit, Shared = shared, Today = today });
        }

        return result;
    }

    /// <summary>
    /// For a combined type (组合业务): the facts of each of its steps for each unit, in unit then booking order — the step's
    /// single type, the parties on the side they take in it and the register as the earlier steps leave it
    /// (<see cref="CaseFacts.Step"/> is set). Empty for a single type or without the catalogue.
    /// </summary>
    /// <param name="registrationCase">The case.</param>
    /// <param name="unitFacts">The case's facts per unit from <see cref="BuildAsync"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<IReadOnlyList<ReviewFacts>> BuildStepsAsync(RegistrationCase registrationCase, IReadOnlyList<ReviewFacts> unitFacts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        ArgumentNullException.ThrowIfNull(unitFacts);
        if (catalogue is null || !catalogue.TryFind(registrationCase.BusinessType, out var type) || type!.Steps.Count == 0)
        {
            return [];
        }

        var result = new List<ReviewFacts>();
        var at = time.GetUtcNow();
        for (var i = 0; i < registrationCase.Units.Count && i < unitFacts.Count; i++)
        {
            var code = registrationCase.Units[i];
            var unitRegister = await register.FindAsync(code, cancellationToken) ?? NotYetRegistered(code, registrationCase);
            var last = unitRegister.Entries.Count == 0 ? at : unitRegister.Entries.Max(e => e.ClosedAt is { } c && c > e.RecordedAt ? c : e.RecordedAt);
            result.AddRange(CombinedStepFacts.For(type, registrationCase, unitRegister, unitFacts[i], last > at ? last : at,
                step => catalogue.TryFind(step, out var s) ? s!.Name : null));
        }

        return result;
    }

    // A mortgage change (alone) is read against the register: what it raises, extends or moves (MTG-04).
    private static MortgageChangeFacts? MortgageChangeOf(BusinessType type, RegistrationCase registrationCase, UnitRegister unitRegister)
    {
        if (!type.Effects.Any(e => e.Effect == nameof(Recording.Effects.ChangeMortgage)))
        {
            return null;
        }

        try
        {
            var effects = type.Effects.Where(e => e.Effect == nameof(Recording.Effects.ChangeMortgage))
                .SelectMany(e => e.Bind(CaseFlow.RegistrationCaseData.Build(registrationCase)))
                .OfType<Recording.Effects.ChangeMortgage>()
                .Where(e => string.Equals(UnitCode.Normalize(e.Unit ?? string.Empty), unitRegister.Unit.Code.Value, StringComparison.Ordinal));
            return effects.Select(e => MortgageChangeReader.Read(e, unitRegister, registrationCase.Declared)).FirstOrDefault(c => c is not null);
        }
        catch (EffectBindingException)
        {
            return null;
        }
    }

    // Whether an easement moves with its benefiting land (REG-EASEMENT-NOT-SEPARABLE) is read off the other parcel's register.
    private async Task<IReadOnlyList<EasementFacts>> WithCounterpartHoldersAsync(IReadOnlyList<EasementFacts> easements, CancellationToken cancellationToken)
    {
        var result = new List<EasementFacts>(easements.Count);
        foreach (var easement in easements)
        {
            var holders = UnitCode.TryParse(easement.CounterpartUnitCode, out var code, out _) && await register.FindAsync(code!, cancellationToken) is { } other
                ? UnitSnapshotMapper.ToFacts(other.Current).Holders
                : [];
            result.Add(easement with { CounterpartHolders = holders });
        }

        return result;
    }

    // The announcement (公告) and an ex-officio correction's notice to the party (通知当事人) are the catalogue templates'
    // paused waits on nodes "announcement" and "partyNotice"; REG-ANNOUNCEMENT-COMPLETED and
    // REG-EX-OFFICIO-CORRECTION-SEQUENCE need their lengths in working days once they have ended. Null until then.
    private int? PausedWorkingDays(WorkflowInstance instance, string nodeId)
    {
        var ended = instance.ClockIntervals
            .Where(i => i is { Effect: ClockEffect.Paused, End: not null } && string.Equals(i.NodeId, nodeId, StringComparison.Ordinal))
            .ToList();
        return ended.Count == 0
            ? null
            : ended.Sum(i => (workingDays ?? WorkingDays).Count(ChinaDate(i.Start), ChinaDate(i.End!.Value)));
    }

    private static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, OfficeTimeZone.China).DateTime);

    // Acceptance lets only a first registration name a new unit; until it is booked its register is empty. Its natural
    // attributes are the declared ones the record writer will use (CaseRecordWriter), or neutral placeholders.
    private static UnitRegister NotYetRegistered(UnitCode code, RegistrationCase registrationCase)
    {
        var extras = registrationCase.Declared.Extras;
        var kind = extras.TryGetValue("unitKind", out var k) && Enum.TryParse<UnitKind>(k, ignoreCase: true, out var parsed) ? parsed : UnitKind.Household;
        var location = extras.GetValueOrDefault("location") is { Length: > 0 } l ? l : code.Value;
        var use = extras.GetValueOrDefault("use") is { Length: > 0 } u ? u : "未登记";
        var area = extras.TryGetValue("area", out var a) && decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 1m;
        return UnitRegister.Open(new ImmovableUnit(code, kind, location, use, area));
    }
}
