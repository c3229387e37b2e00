using System.Globalization;
using Microsoft.Extensions.Options;
using Registry.Application.CaseFlow;
using Registry.Application.Cases;
using Registry.Application.Catalogue;
using Registry.Application.Deadlines;
using Registry.Application.Register;
using Registry.Application.Sequences;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Application.Intake;

/// <summary>
/// 受理: checks an application completely (business type, units, parties, materials, facts) and refuses it with every
/// problem named, or creates the case, starts its type's published workflow, starts the statutory clock and completes the
/// acceptance step for the acceptor. The intelligent review runs as the workflow's first automatic step.
/// </summary>
public sealed class AcceptanceService(
    IBusinessTypeCatalogue catalogue,
    IRegisterRepository register,
    ICaseRepository cases,
    ISequenceAllocator sequences,
    IWorkflowRuntime runtime,
    IWorkflowDefinitionStore definitions,
    ICaseDeadlineService deadlines,
    IOptions<OfficeOptions> office,
    TimeProvider time,
    Transactions.ICaseCommandTransaction? transaction = null,
    Designer.IBusinessTypeWorkflows? workflows = null,
    Progress.IQueryCodeStore? queryCodes = null,
    Notifications.Applicants.ApplicantNotifier? notifier = null,
    Dashboard.ICaseFiguresWriter? figures = null)
{
    /// <summary>
    /// Accepts <paramref name="request"/> as <paramref name="actor"/> (the acceptor's user name) in one transaction: the
    /// checks read the register as it stands when the case is created, and the case, its number, its workflow with the
    /// intake review, its deadline and the acceptance step commit together or not at all.
    /// </summary>
    /// <exception cref="AcceptanceRefusedException">Something is wrong or missing; nothing was saved.</exception>
    public Task<AcceptanceResult> AcceptAsync(AcceptanceRequest request, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var queryCode = queryCodes is null ? null : Progress.QueryCodes.Prepare();
        return (transaction ?? new Transactions.PassThroughCaseCommandTransaction()).RunAsync(ct => AcceptInTransactionAsync(request, actor, queryCode, ct), cancellationToken);
    }

    private async Task<AcceptanceResult> AcceptInTransactionAsync(AcceptanceRequest request, string actor, Progress.PreparedQueryCode? queryCode, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = OfficeTime.Today(now);
        if (AcceptanceFieldLimits.Check(request) is { Count: > 0 } tooLong)
        {
            throw new AcceptanceRefusedException(tooLong);
        }

        var problems = new List<AcceptanceProblem>();

        if (!catalogue.TryFind(request.BusinessType, out var type) || type is null)
        {
            throw new AcceptanceRefusedException([new("businessType", $"'{request.BusinessType}' is not a business type in the catalogue", AcceptanceProblemCode.BusinessTypeUnknown, [request.BusinessType])]);
        }

        var registers = new List<(string Field, Registry.Domain.Register.UnitRegister Register)>();
        var units = await CheckUnitsAsync(request, type, registers, problems, cancellationToken);
        var parties = CheckParties(request, type, today, problems);
        CheckMaterials(request, type, problems);
        CheckMortgagors(request, problems);
        var declaration = CheckFacts(request, problems);
        SeizureApplicationCheck.Check(type, request.Facts, registers, problems);
        ShareTransferCheck.Check(type, declaration, request.Cause, parties, request.Materials, registers, problems);
        if (problems.Count > 0)
        {
            throw new AcceptanceRefusedException(problems);
        }

        // The type's binding is read per case, so a business admin's new binding applies to the next case without a restart.
        var workflowId = workflows is null ? type.WorkflowId : await workflows.WorkflowIdAsync(type, cancellationToken);
        var definition = await definitions.FindLatestPublishedAsync(workflowId, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow '{workflowId}' of business type {type.Code} has no published version; load the catalogue first.");
        var division = office.Value.DivisionCode;
        var number = CaseNumber.Create(division, today, await sequences.NextAsync($"case:{division}:{today:yyyyMMdd}", cancellationToken));
        RegistrationCase registrationCase;
        try
        {
            registrationCase = RegistrationCase.Accept(
                number, type.Code, now, actor, request.Channel, request.Cause, parties, units, declaration,
                [.. request.Materials.Distinct(StringComparer.Ordinal).Select(code => new ReceivedMaterial(code, 1, null, now))]);
        }
        catch (DomainValidationException e)
        {
            throw new AcceptanceRefusedException([Invalid(e)]);
        }

        // The case exists before its workflow starts: the first automatic step (intelligent review) reads it.
        await cases.AddAsync(registrationCase, cancellationToken);
        await deadlines.TrackAsync(new TrackCaseDeadline(number.Value, type.Code, type.TimeLimit, now) { Assignee = actor }, cancellationToken);
        var instance = await CaseWorkflowStarter.StartAsync(runtime, registrationCase, type, actor, workflowId, cancellationToken);

        registrationCase = await cases.FindAsync(number, cancellationToken) ?? registrationCase;
        registrationCase.BindWorkflow(instance.Id);
        var before = registrationCase.Status;
        CaseProgress.MoveTo(registrationCase, CaseProgress.Target(registrationCase, instance, definition), time.GetUtcNow(), actor);
        await cases.UpdateAsync(registrationCase, cancellationToken);
        if (!registrationCase.IsOpen)
        {
            await deadlines.CloseAsync(number.Value, cancellationToken);
            await (figures?.WriteAsync(registrationCase, cancellationToken) ?? Task.CompletedTask); // the dashboard's row, same commit
        }

        // The applicant's query code (查询码) for the progress page: shown once on the receipt, stored only as a hash.
        if (queryCodes is not null && queryCode is not null)
        {
            await queryCodes.AddAsync(queryCode.For(number.Value, now), cancellationToken);
        }

        if (notifier is not null)
        {
            var due = registrationCase.IsOpen ? (await deadlines.GetRemainingAsync(number.Value, cancellationToken)).DueAt : now;
            await notifier.NotifyAsync(registrationCase, Notifications.NotificationTemplates.ApplicantAccepted,
                new Dictionary<string, string> { ["dueDate"] = OfficeTime.Today(due).ToString("yyyy年M月d日", CultureInfo.InvariantCulture) }, "accepted", cancellationToken);
            await Notifications.Applicants.ApplicantStatusNotices.NotifyAsync(notifier, registrationCase, before, reason: null, cancellationToken);
        }

        return new AcceptanceResult(registrationCase, instance) { QueryCode = queryCode?.Code };
    }

    private async Task<List<UnitCode>> CheckUnitsAsync(AcceptanceRequest request, BusinessType type, List<(string Field, Registry.Domain.Register.UnitRegister Register)> registers, List<AcceptanceProblem> problems, CancellationToken cancellationToken)
    {
        var units = new List<UnitCode>();
        if (request.Units.Count == 0)
        {
            problems.Add(new("units", "at least one immovable unit (不动产单元) is required", AcceptanceProblemCode.UnitsRequired));
        }

        for (var i = 0; i < request.Units.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"units[{i}]");
            if (!UnitCode.TryParse(request.Units[i], out var code, out var error))
            {
                problems.Add(new(field, error!, AcceptanceProblemCode.UnitCodeInvalid, [request.Units[i], error!]));
                continue;
            }

            // A first registration may create the unit it registers; everything else needs a unit in the register.
            var found = await register.FindAsync(code!, cancellationToken);
            if (type.Kind != "First" && found is null)
            {
                problems.Add(new(field, $"unit {code!.Value} is not in the register", AcceptanceProblemCode.UnitNotInRegister, [code.Value]));
                continue;
            }

            if (found is not null)
            {
                registers.Add((field, found));
            }

            units.Add(code!);
        }

        return units;
    }

    private static List<CaseParty> CheckParties(AcceptanceRequest request, BusinessType type, DateOnly today, List<AcceptanceProblem> problems)
    {
        var parties = new List<CaseParty>();
        var checkedParties = new List<CaseParty?>();
        for (var i = 0; i < request.Parties.Count; i++)
        {
            var p = request.Parties[i];
            checkedParties.Add(null);
            if (!Enum.TryParse<CasePartyRole>(p.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"parties[{i}].role"), $"'{p.Role}' is not a party role; use one of {string.Join(", ", Enum.GetNames<CasePartyRole>())}",
                    AcceptanceProblemCode.PartyRoleUnknown, [p.Role ?? string.Empty]));
                continue;
            }

            if (!IdDocumentProblems.TryResolve(p.IdType, p.IdNumber, today, out var documentType))
            {
                problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"parties[{i}].idType"),
                    $"'{p.IdType}' is not an identity document type; use one of {string.Join(", ", Enum.GetNames<Registry.Domain.Parties.IdentityDocumentType>())}",
                    AcceptanceProblemCode.IdTypeUnknown, [p.IdType ?? string.Empty]));
                continue;
            }

            if (!string.IsNullOrWhiteSpace(p.Mobile) && !Registry.Domain.Parties.MobileNumber.TryNormalize(p.Mobile, out _))
            {
                problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"parties[{i}].mobile"),
                    $"'{p.Mobile}' is not a mainland mobile number (11 digits starting 13–19)", AcceptanceProblemCode.MobileInvalid, [p.Mobile]));
                continue;
            }

            try
            {
                var party = CaseParty.Create(i, role, documentType, p.Name, p.IdNumber, p.Share, today, mobile: p.Mobile);
                parties.Add(party);
                checkedParties[i] = party;
            }
            catch (Registry.Domain.Parties.IdentityDocumentInvalidException e)
            {
                problems.Add(IdDocumentProblems.From(e.Field, e.Problem));
            }
            catch (DomainValidationException e)
            {
                problems.Add(Invalid(e));
            }
        }

        if (request.Parties.Count == 0)
        {
            problems.Add(new("parties", "at least one party is required", AcceptanceProblemCode.PartiesRequired));
        }

        PartyRoleCheck.Check(type, checkedParties, problems);
        return parties;
    }

    // A mortgagor (抵押人) gives the property as security to the mortgagee (Civil Code 394): one party cannot be both.
    private static void CheckMortgagors(AcceptanceRequest request, List<AcceptanceProblem> problems)
    {
        static bool Is(AcceptanceParty p, string role) => string.Equals(p.Role?.Trim(), role, StringComparison.OrdinalIgnoreCase);
        var mortgagees = request.Parties.Where(p => Is(p, "Mortgagee") || Is(p, "NewMortgagee")).Select(p => p.IdNumber?.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < request.Parties.Count; i++)
        {
            var p = request.Parties[i];
            if (Is(p, "Mortgagor") && mortgagees.Contains(p.IdNumber?.Trim()))
            {
                problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"parties[{i}].idNumber"), $"{p.Name} cannot be both mortgagor and mortgagee (Civil Code 394)",
                    AcceptanceProblemCode.MortgagorIsMortgagee, [p.Name ?? string.Empty]));
            }
        }
    }

    private static void CheckMaterials(AcceptanceRequest request, BusinessType type, List<AcceptanceProblem> problems)
    {
        // Materials the office obtains itself through data sharing are not the applicant's to bring (Regulation art. 24).
        // A code "A|B" is met by either material.
        var missing = type.Materials
            .Where(m => m.Required && m.ProvidedBy != "sharedData" && !m.Alternatives.Any(a => request.Materials.Contains(a, StringComparer.Ordinal)))
            .Select(m => m.Code)
            .ToList();
        if (missing.Count > 0)
        {
            problems.Add(new("materials", $"required materials missing for {type.Code}: {string.Join(", ", missing)}", AcceptanceProblemCode.MaterialsMissing, [type.Code, .. missing]));
        }
    }

    private static CaseDeclaration CheckFacts(AcceptanceRequest request, List<AcceptanceProblem> problems)
    {
        var extras = new Dictionary<string, string>(StringComparer.Ordinal);
        decimal? price = null, amount = null;
        DateOnly? debtStart = null, debtEnd = null, contractStart = null, contractEnd = null;
        string? mortgageKind = null, authority = null, courtDocument = null, objectionMatter = null, certificateNo = null;
        foreach (var (key, value) in request.Facts)
        {
            var field = "facts." + key;
            switch (key)
            {
                case "declaredPrice":
                    price = Money(value, field, problems);
                    break;
                case "mortgageAmount" or "amount":
                    amount = Money(value, field, problems);
                    extras["amount"] = value;
                    break;
                case "debtStart":
                    debtStart = Date(value, field, problems);
                    break;
                case "debtEnd":
                    debtEnd = Date(value, field, problems);
                    break;
                case "contractStart" or "termStart":
                    contractStart = Date(value, field, problems);
                    break;
                case "contractEnd" or "termEnd":
                    contractEnd = Date(value, field, problems);
                    break;
                case "mortgageKind":
                    mortgageKind = value;
                    if (value is not ("General" or "MaximumAmount"))
                    {
                        problems.Add(new(field, $"'{value}' is not a mortgage kind: General (一般抵押) or MaximumAmount (最高额抵押, Civil Code 420)", AcceptanceProblemCode.MortgageKindUnknown, [value]));
                        mortgageKind = null;
                    }

                    break;
                case "transferRestricted":
                    // Whether the mortgage contract forbids or restricts transfer of the property (Civil Code 406 para 1).
                    if (YesNo(value) is { } restricted)
                    {
                        extras[key] = restricted ? "true" : "false";
                    }
                    else
                    {
                        problems.Add(new(field, $"'{value}' is not yes (true) or no (false) for the transfer-restriction agreement (Civil Code 406)", AcceptanceProblemCode.TransferRestrictionNotYesNo, [value]));
                    }

                    break;
                case "priority" or "newPriority":
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank >= 1)
                    {
                        extras[key] = rank.ToString(CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        problems.Add(new(field, $"'{value}' is not a priority (顺位): a whole number from 1 (IR 67)", AcceptanceProblemCode.PriorityInvalid, [value]));
                    }

                    break;
                case "guaranteeScope":
                    // The guarantee scope (担保范围, Civil Code 389): its parts, and never without the principal claim.
                    try
                    {
                        if (Recording.EffectScope.Scope(value, field) is { } scope && (scope & Registry.Domain.Register.GuaranteeScope.Principal) == 0)
                        {
                            problems.Add(new(field, $"the guarantee scope '{value}' must include the principal claim (主债权, Civil Code 389)", AcceptanceProblemCode.GuaranteeScopeInvalid, [value]));
                        }
                        else
                        {
                            extras[key] = value;
                        }
                    }
                    catch (DomainValidationException)
                    {
                        problems.Add(new(field, $"'{value}' is not a guarantee scope: parts of Principal, Interest, Penalty, Damages, EnforcementCosts (Civil Code 389)", AcceptanceProblemCode.GuaranteeScopeInvalid, [value]));
                    }

                    break;
                case "authority":
                    authority = value;
                    break;
                case "courtDocument" or "rulingNumber":
                    courtDocument = value;
                    break;
                case "objectionMatter":
                    objectionMatter = value;
                    break;
                case "certificateNo":
                    certificateNo = value;
                    break;
                default:
                    extras[key] = value;
                    break;
            }
        }

        if (extras.ContainsKey("debtorName") != extras.ContainsKey("debtorIdNumber"))
        {
            // The debtor (债务人) where it is not the mortgagor is recorded by name and ID number together (Civil Code 394).
            var given = extras.GetValueOrDefault("debtorName") ?? extras.GetValueOrDefault("debtorIdNumber") ?? string.Empty;
            problems.Add(new(extras.ContainsKey("debtorName") ? "facts.debtorIdNumber" : "facts.debtorName",
                $"the debtor '{given}' needs both a name and an ID number (Civil Code 394)", AcceptanceProblemCode.DebtorIncomplete, [given]));
        }

        if (amount is <= 0)
        {
            problems.Add(new("facts.mortgageAmount", $"the secured amount or ceiling {amount} must be above 0 yuan", AcceptanceProblemCode.MortgageAmountNotPositive, [amount.Value.ToString(CultureInfo.InvariantCulture)]));
            amount = null;
        }

        if (debtStart is { } start && debtEnd is { } end && end < start)
        {
            problems.Add(new("facts.debtEnd", $"the debt term ends {end:yyyy-MM-dd}, before it starts {start:yyyy-MM-dd}",
                AcceptanceProblemCode.MortgageTermReversed, [start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
            debtEnd = null;
        }

        try
        {
            return new CaseDeclaration
            {
                DeclaredPrice = price,
                MortgageAmount = amount,
                MortgageTermStart = debtStart,
                MortgageTermEnd = debtEnd,
                MortgageKind = mortgageKind,
                EntrustingAuthority = authority,
                CourtDocumentNo = courtDocument,
                ContractStart = contractStart,
                ContractEnd = contractEnd,
                ObjectionMatter = objectionMatter,
                CertificateNo = certificateNo,
                Extras = extras,
            }.Validate();
        }
        catch (DomainValidationException e)
        {
            problems.Add(Invalid(e));
            return CaseDeclaration.None;
        }
    }

    private static decimal? Money(string value, string field, List<AcceptanceProblem> problems)
    {
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        problems.Add(new(field, $"'{value}' is not an amount in yuan", AcceptanceProblemCode.NotAnAmount, [value]));
        return null;
    }

    private static bool? YesNo(string value) => value.Trim() switch
    {
        "true" or "True" or "TRUE" or "yes" or "Yes" or "是" or "1" => true,
        "false" or "False" or "FALSE" or "no" or "No" or "否" or "0" => false,
        _ => null,
    };

    private static DateOnly? Date(string value, string field, List<AcceptanceProblem> problems)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new(field, $"'{value}' is not a date (yyyy-MM-dd)", AcceptanceProblemCode.NotADate, [value]));
        return null;
    }

    private static AcceptanceProblem Invalid(DomainValidationException e) => new(e.Field, e.Reason, AcceptanceProblemCode.Invalid, [e.Field, e.Reason]);
}
