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
public sealed class ReviewFactsBuilder(IRegisterRepository register, ICaseRepository cases, ISharedDataProvider sharedData, TimeProvider time, IWorkflowInstanceStore? instances = null, IWorkingDayCounter? workingDays = null, IBusinessTypeCatalogue? catalogue = null, Expiries.IRegisterExpiryService? expiries = null, Registry.Workflows.Definitions.IWorkflowDefinitionStore? definitions = null)
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

        WorkflowInstance? instance = null;
        if (instances is not null && registrationCase.WorkflowInstanceId is { } id && await instances.FindAsync(id, cancellationToken) is { } found)
        {
            instance = found;
            caseFacts = caseFacts with
            {
                AnnouncementWorkingDays = PausedWorkingDays(found, "announcement"),
                CorrectionNoticeWorkingDays = PausedWorkingDays(found, "partyNotice"),
            };
        }

        caseFacts = caseFacts with { AwaitedMaterials = await AwaitedMaterialsAsync(instance, type, cancellationToken) };

        var result = new List<ReviewFacts>(registrationCase.Units.Count);
        for (var i = 0; i < registrationCase.Units.Count; i++)
        {
            var code = registrationCase.Units[i];
            var unitRegister = await register.FindAsync(code, cancellationToken) ?? NotYetRegistered(code, registrationCase);
            var open = await cases.FindOpenOnUnitAsync(code, registrationCase.Number, cancellationToken);
            var openFacts = open.Select(o => new OpenCaseFacts { CaseNo = o.CaseNumber, BusinessType = o.BusinessType, AcceptedAt = o.AcceptedAt, ChangesBasis = ChangesBasis(o.BusinessType) }).ToList();
            var unit = UnitSnapshotMapper.ToFacts(unitRegister.Current, openFacts);
            if (unit.Easements.Count > 0)
            {
                unit = unit with { Easements = await WithCounterpartHoldersAsync(unit.Easements, code.Value, cancellationToken) };
            }

            var shared = await SharedDataCollector.CollectAsync(sharedData, caseFacts, code.Value, cancellationToken);
            unit = WithReportedRestrictions(unit, shared) with
            {
                Objections = await ObjectionsOfAsync(unitRegister, today, cancellationToken),
                // A net-signed contract filed with the housing authority (备案) for the unit: it has been sold off the plan.
                HasFiledPresaleContract = shared.Contract is { IsFiled: true },
            };
            var forUnit = WithIdentityDetails(caseFacts, registrationCase, shared, today);
            forUnit = forUnit with { SharedMaterials = [.. forUnit.SharedMaterials.Union(MaterialsFromSharing(shared), StringComparer.Ordinal)] };
            if (forUnit.CorrectedEntryBookedOn is null && registrationCase.BusinessType.StartsWith("Correction", StringComparison.Ordinal))
            {
                // Without a named entry a correction corrects the current right: its booking date bars later dealings (IR 79–80).
                forUnit = forUnit with { CorrectedEntryBookedOn = unit.LastDisposalBookedOn };
            }

            if (type is { Steps.Count: 0 } single && single.Effects.Count > 0)
            {
                forUnit = forUnit with { MortgageChange = MortgageChangeOf(single, registrationCase, unitRegister) };
            }

            result.Add(new ReviewFacts { Case = forUnit, Unit = unit, Shared = shared, Today = today });
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

    // Signals a workflow waits for that bring what a material would prove: the tax bureau's 完税 stands for the tax receipt.
    private static readonly Dictionary<string, string> MaterialBySignal = new(StringComparer.Ordinal) { ["tax-paid"] = "TAX_RECEIPT" };

    // The materials the case's workflow definition (the version its instance is bound to; before it starts, the type's
    // latest published one) waits for by a signal node, read from the definition rather than from the business type.
    private async Task<IReadOnlyList<string>> AwaitedMaterialsAsync(WorkflowInstance? instance, BusinessType? type, CancellationToken cancellationToken)
    {
        if (definitions is null)
        {
            return [];
        }

        var definition = instance is not null
            ? await definitions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            : type is not null ? await definitions.FindLatestPublishedAsync(type.WorkflowId, cancellationToken) : null;
        return definition is null
            ? []
            : [.. definition.Nodes
                .Select(n => n.Inputs.TryGetValue("signal", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String ? s.GetString() : null)
                .Where(s => s is not null && MaterialBySignal.ContainsKey(s))
                .Select(s => MaterialBySignal[s!])
                .Distinct(StringComparer.Ordinal)];
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

    // A certificate service (补证/换证/换发) changes no right or restriction on the unit, so booking it first changes nothing
    // another case on the unit was reviewed against; every other booking may (REG-OPEN-CASE-EARLIER).
    private static bool ChangesBasis(string businessType) => !businessType.StartsWith("Certificate", StringComparison.Ordinal);

    // Regulation art. 24: what the office obtains through data sharing the applicant need not bring on paper. A tax
    // payment pushed by the tax bureau stands for the tax receipt, a net-signed contract for the sale contract, a paid
    // maintenance fund for its receipt (materials.json codes).
    private static IEnumerable<string> MaterialsFromSharing(SharedDataFacts shared)
    {
        if (shared.Tax is { Paid: true })
        {
            yield return "TAX_RECEIPT";
        }

        if (shared.Contract is not null)
        {
            yield return "SALE_CONTRACT";
        }

        if (shared.MaintenanceFundPaid == true)
        {
            yield return "MAINTENANCE_FUND_RECEIPT";
        }
    }

    // Objections on the register and those closed earlier: 民法典 220 lets an objection lapse 15 days after booking unless the
    // applicant sues (the filing is recorded on the objection's lapse, ObjectionCourtFiling); one closed on or after that day
    // lapsed, one closed before was cancelled. IR 83 refuses a new objection on the same matter for the same reason after a lapse.
    private async Task<IReadOnlyList<ObjectionFacts>> ObjectionsOfAsync(UnitRegister unitRegister, DateOnly today, CancellationToken cancellationToken)
    {
        var result = new List<ObjectionFacts>();
        foreach (var o in unitRegister.Entries.OfType<ObjectionEntry>())
        {
            var filed = expiries is not null && Expiries.ObjectionCourtFiling.IsFiled(
                await expiries.FindAsync(Expiries.RegisterExpiryKind.ObjectionLapse, o.Id.ToString(), cancellationToken));
            result.Add(new ObjectionFacts
            {
                ApplicantName = o.Applicant.Name,
                BookedOn = o.BookedOn,
                Matter = o.Reason,
                CourtFiled = filed,
                Lapsed = !filed && (o.ClosedAt is { } closed ? ChinaDate(closed) >= o.LapsesOn : o.LapsesOn < today),
                Cancelled = o.ClosedAt is { } cancelled && (filed || ChinaDate(cancelled) < o.LapsesOn),
            });
        }

        return result;
    }

    // What other departments report against the unit (shared data) is read by the rules as the unit's state: an
    // unresolved ownership dispute or an illegal-building finding bars registration (Regulation art. 22 (2)/(3)); an
    // administrative restriction bars what it covers. A lost certificate (an open 补证 case on the unit, whose loss
    // statement is on file) is void from the statement on, so a disposal presenting it is refused.
    private static UnitSnapshot WithReportedRestrictions(UnitSnapshot unit, SharedDataFacts shared) => unit with
    {
        IsDisputed = shared.UnitRestrictions.Any(r => !r.Released && r.Kind == UnitRestrictionKind.OwnershipDispute),
        IsIllegalBuilding = shared.UnitRestrictions.Any(r => !r.Released && r.Kind == UnitRestrictionKind.IllegalBuilding),
        AdminRestrictions = [.. shared.UnitRestrictions
            .Where(r => r.Kind is not (UnitRestrictionKind.OwnershipDispute or UnitRestrictionKind.IllegalBuilding))
            .Select(r => new AdminRestrictionFacts { Authority = r.Authority, Kind = r.Kind.ToString(), CoveredTypes = r.CoveredTypes, Released = r.Released })],
        CertificateVoided = unit.OpenCases.Any(o => string.Equals(o.BusinessType, "CertificateReissue", StringComparison.Ordinal)),
    };

    // The identity source reports the document's validity and any court ruling on civil capacity (民法典 24); a person
    // under 18 on the day of acceptance is a minor (民法典 17–19). Not detected: a 16- or 17-year-old living on their own
    // labour income, whom 民法典 18 deems of full capacity — the guardian materials are asked for and the examiner decides.
    private static CaseFacts WithIdentityDetails(CaseFacts caseFacts, RegistrationCase registrationCase, SharedDataFacts shared, DateOnly today)
    {
        var accepted = DateOnly.FromDateTime(caseFacts.AcceptedAt.DateTime);
        var parties = new List<PartyFacts>(caseFacts.Parties.Count);
        for (var i = 0; i < caseFacts.Parties.Count; i++)
        {
            var p = caseFacts.Parties[i];
            var check = shared.IdentityChecks.FirstOrDefault(c => string.Equals(c.IdNumber, p.IdNumber, StringComparison.OrdinalIgnoreCase));
            var minor = i < registrationCase.Parties.Count && registrationCase.Parties[i].Party is Registry.Domain.Parties.NaturalPerson person
                && person.Id.BirthDate.AddYears(18) > accepted;
            parties.Add(p with
            {
                IdDocumentValid = check?.DocumentValidUntil is not { } until || until >= today,
                LacksFullCapacity = minor || check?.CapacityRuling is not null,
            });
        }

        return caseFacts with { Parties = parties };
    }

    // Whether an easement moves with its benefiting land (REG-EASEMENT-NOT-SEPARABLE) is read off the other parcel's register.
    // A benefit recorded on this unit counts only while the burdened unit still carries the easement: a cancellation on the
    // burdened register does not close the benefiting side's entry yet.
    private async Task<IReadOnlyList<EasementFacts>> WithCounterpartHoldersAsync(IReadOnlyList<EasementFacts> easements, string unitCode, CancellationToken cancellationToken)
    {
        var result = new List<EasementFacts>(easements.Count);
        foreach (var easement in easements)
        {
            var other = UnitCode.TryParse(easement.CounterpartUnitCode, out var code, out _) ? await register.FindAsync(code!, cancellationToken) : null;
            if (!easement.UnitIsBurdened && other?.Current.Easements.Any(e => e.BenefitingUnit?.Value == unitCode) != true)
            {
                continue;
            }

            result.Add(easement with { CounterpartHolders = other is null ? [] : UnitSnapshotMapper.ToFacts(other.Current).Holders });
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
