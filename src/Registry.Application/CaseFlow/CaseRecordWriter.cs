using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Cases;
using Registry.Application.Catalogue;
using Registry.Application.Expiries;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Sequences;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Workflows.Ports;

namespace Registry.Application.CaseFlow;

/// <summary>
/// 登簿: the engine's record step for a registration case. Binds the business type's effects to the case, applies them to
/// the units' registers all-or-nothing, saves every changed unit in one transaction, then marks the case recorded with the
/// certificate or certification number it was booked under, and starts the clocks of register expiries (objection lapse,
/// seizure term). Idempotent: a retried step finds the case's entries already in the register and only finishes the case.
/// </summary>
public sealed class CaseRecordWriter(
    IServiceScopeFactory scopes,
    IBusinessTypeCatalogue catalogue,
    IRegisterEffectApplier applier,
    ISequenceAllocator sequences,
    IOptions<OfficeOptions> office,
    TimeProvider time) : IRecordWriter
{
    /// <inheritdoc />
    public async Task<string> WriteAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseRepository>();
        var number = CaseNumber.Parse(request.CorrelationId, "correlationId");
        var registrationCase = await cases.FindAsync(number, cancellationToken)
            ?? throw new DomainValidationException("correlationId", $"case {number} does not exist");
        if (registrationCase.Status is CaseStatus.Recorded or CaseStatus.Completed)
        {
            return Reference(registrationCase);
        }

        var type = catalogue.Find(registrationCase.BusinessType);
        var now = time.GetUtcNow();
        var issued = registrationCase.IssuedCertificateNo ?? await AllocateAsync(type.Certificate, now, cancellationToken);
        var data = RegistrationCaseData.Build(
            registrationCase,
            certificateNumber: type.Certificate == CertificateKind.RightCertificate ? issued : null,
            proofNumber: type.Certificate == CertificateKind.Certification ? issued : null);
        var effects = catalogue.BindEffects(type.Code, data);

        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var registers = new List<(UnitRegister Register, bool IsNew)>();
        foreach (var code in RegisterEffects.UnitsOf(effects))
        {
            var register = await repository.FindAsync(code, cancellationToken);
            registers.Add(register is null ? (OpenNewUnit(code, registrationCase), true) : (register, false));
        }

        var alreadyBooked = registers.Any(r => r.Register.Entries.Any(e => e.CaseNumber == registrationCase.Number));
        RecordingResult? result = null;
        if (!alreadyBooked)
        {
            result = applier.Apply([.. registers.Select(r => r.Register)], effects, new RecordingContext(registrationCase.Number, registrationCase.AcceptedAt, now));
            await scope.ServiceProvider.GetRequiredService<IRegisterUnitOfWork>().ExecuteAsync(
                async ct =>
                {
                    foreach (var (register, isNew) in registers)
                    {
                        if (isNew)
                        {
                            await repository.AddAsync(register, ct);
                        }
                        else
                        {
                            await repository.SaveAsync(register, ct);
                        }
                    }
                },
                cancellationToken);
            scope.ServiceProvider.GetService<Transactions.CrashPoints>()?.Reach(Transactions.CrashPoints.AfterRegisterWrite);
        }

        await (scope.ServiceProvider.GetService<Review.Reporting.IBookingReports>()?.RecordBookedAsync(registrationCase, now, cancellationToken) ?? Task.CompletedTask); // 登簿上报 (facts)
        CaseProgress.MoveForwardTo(registrationCase, CaseStatus.Recorded, now, request.Variables.GetValueOrDefault("actor") ?? "system");
        if (issued is not null && registrationCase.IssuedCertificateNo is null)
        {
            registrationCase.IssueCertificate(issued);
        }

        await cases.UpdateAsync(registrationCase, cancellationToken);
        if (result is not null)
        {
            await TrackExpiriesAsync(scope.ServiceProvider.GetService<IRegisterExpiryService>(), result, cancellationToken);
            await PendingCaseHold.HoldAsync(scope.ServiceProvider, registrationCase, result, now, cancellationToken);
        }

        return Reference(registrationCase);
    }

    private static string Reference(RegistrationCase registrationCase) =>
        registrationCase.IssuedCertificateNo is { } certificate ? $"recorded:{registrationCase.Number}:{certificate}" : $"recorded:{registrationCase.Number}";

    // A first registration may create the unit; its natural attributes come from the declared facts.
    private static UnitRegister OpenNewUnit(UnitCode code, RegistrationCase registrationCase)
    {
        var extras = registrationCase.Declared.Extras;
        if (!extras.TryGetValue("location", out var location) || string.IsNullOrWhiteSpace(location))
        {
            throw new DomainValidationException("units", $"unit {code} is not in the register; a first registration of a new unit needs facts.location, facts.use and facts.area");
        }

        var kind = extras.TryGetValue("unitKind", out var k) && Enum.TryParse<UnitKind>(k, ignoreCase: true, out var parsed) ? parsed : UnitKind.Household;
        var use = extras.GetValueOrDefault("use") ?? "住宅";
        var area = extras.TryGetValue("area", out var a) && decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;
        return UnitRegister.Open(new ImmovableUnit(code, kind, location, use, area));
    }

    private async Task<string?> AllocateAsync(CertificateKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (kind == CertificateKind.None)
        {
            return null;
        }

        var series = kind == CertificateKind.RightCertificate ? CertificateSeries.Right : CertificateSeries.Proof;
        var year = OfficeTime.Today(now).Year;
        var o = office.Value;
        var sequence = await sequences.NextAsync($"certificate:{o.DivisionCode}:{year}:{series}", cancellationToken);
        return CertificateNumber.Create(o.Province, year, o.Area, series, sequence).ToString();
    }

    private static async Task TrackExpiriesAsync(IRegisterExpiryService? expiries, RecordingResult result, CancellationToken cancellationToken)
    {
        if (expiries is null)
        {
            return;
        }

        foreach (var outcome in result.Outcomes)
        {
            foreach (var entry in outcome.Appended)
            {
                switch (entry)
                {
                    case ObjectionEntry objection:
                        await expiries.TrackObjectionAsync(outcome.Unit.Value, objection.Id.ToString(), objection.BookedOn, cancellationToken);
                        break;
                    case SeizureEntry { State: SeizureState.Active } seizure:
                        await expiries.TrackSeizureAsync(outcome.Unit.Value, seizure.Id.ToString(), seizure.Start ?? OfficeTime.Today(seizure.RecordedAt), seizure.End, cancellationToken);
                        break;
                }
            }
        }
    }
}
