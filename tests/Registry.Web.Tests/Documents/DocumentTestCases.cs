using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Domain.Codes;
using Registry.Web.Tests.Api;

namespace Registry.Web.Tests.Documents;

/// <summary>Cases for the document tests, made through the product: the API's auto-approved mortgage, the counter's resale.</summary>
internal static class DocumentTestCases
{
    /// <summary>A bank's first mortgage filed through the API, auto-approved and recorded: (case, unit, proof number).</summary>
    public static async Task<(string CaseNumber, string Unit, string Certificate)> RecordedMortgageAsync(ApiHost host, string bank, string bankCode)
    {
        var client = await host.RegisterAsync(Application.Api.ApiClientKind.Bank, bank, bankCode);
        var unit = await host.CleanUnitAsync(bank, bankCode);
        using var http = host.Api(await host.TokenAsync(client));
        using var response = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(unit, bank, bankCode));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var result = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Completed", result.GetProperty("status").GetString());
        return (result.GetProperty("caseNumber").GetString()!, unit, result.GetProperty("certificateNumber").GetString()!);
    }

    /// <summary>A resale accepted at the counter on a clean unit (it waits for first review); the result carries the query code.</summary>
    public static async Task<AcceptanceResult> AcceptedResaleAsync(ApiHost host, string bank, string bankCode)
    {
        var unit = await host.CleanUnitAsync(bank, bankCode);
        var request = new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [unit],
            Parties = [new AcceptanceParty("Transferor", ApiHost.Owner.Name, ApiHost.Owner.IdNumber), new AcceptanceParty("Transferee", "王五", "340121199003030034", Mobile: "13912345678")],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "1200000", ["coOwnership"] = "Sole" },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"],
        };
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(request, "acceptor");
    }

    /// <summary>The first reviewer returns the case for supplement or refuses it with a ground of Regulation art. 22.</summary>
    public static async Task DecideAsync(ApiHost host, string caseNumber, DecisionKind kind, string reasonCode, string opinion)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
        string[] roles = [RegistryRoles.FirstReview];
        var option = await decisions.FindOptionAsync(caseNumber, "reviewer1", roles);
        Assert.NotNull(option);
        var request = kind == DecisionKind.Return
            ? new DecisionRequest { Kind = kind, ReturnTo = option.Context.ReturnTargets.First(t => t.NodeId == "acceptance").NodeId, ReasonCode = reasonCode, Opinion = opinion }
            : new DecisionRequest { Kind = kind, ReasonCode = reasonCode, Opinion = opinion };
        await decisions.DecideAsync(caseNumber, "reviewer1", roles, request);
    }

    /// <summary>Applies a register effect to a unit as a later case would, and stores it.</summary>
    public static async Task ApplyAsync(ApiHost host, string unit, RegisterEffect effect, int sequence)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var book = await repository.FindAsync(UnitCode.Parse(unit));
        Assert.NotNull(book);
        var at = DateTimeOffset.UtcNow;
        host.Services.GetRequiredService<IRegisterEffectApplier>().Apply([book], [effect],
            new RecordingContext(CaseNumber.Create("340121", DateOnly.FromDateTime(at.UtcDateTime), sequence), at, at));
        await repository.SaveAsync(book);
    }
}
