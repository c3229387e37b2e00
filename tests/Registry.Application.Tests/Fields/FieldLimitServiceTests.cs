using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.CaseFile;
using Registry.Application.Examination;
using Registry.Application.Fields;
using Registry.Application.Intake;
using Registry.Application.Register.Browse;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Persistence.Demo;

namespace Registry.Application.Tests.Fields;

/// <summary>
/// Every service refuses a text longer than its field's limit (<see cref="FieldLimits"/>), naming the field and the limit,
/// and writes nothing. On the demo county, through the product's composition, on a real SQLite file.
/// </summary>
public sealed class FieldLimitServiceTests() : ComposedRegistry("field-limits")
{
    private static readonly string TwentyThousand = new('王', 20_000);

    // The demo's first open resale case, re-submitted as a new application: units, parties, facts and materials as accepted.
    private async Task<AcceptanceRequest> AnAcceptableRequestAsync()
    {
        var number = (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;
        await using var scope = Services.CreateAsyncScope();
        var existing = (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number)))!;
        return new AcceptanceRequest
        {
            BusinessType = existing.BusinessType,
            Cause = existing.Cause,
            Units = [.. existing.Units.Select(u => u.Value)],
            Parties = [.. existing.Parties.Select(p => new AcceptanceParty(p.Role.ToString(), p.Party.Name, p.Party.IdNumber, p.Share?.ToString()))],
            Materials = [.. existing.Materials.Select(m => m.Code).Distinct()],
            Facts = existing.Declared.DeclaredPrice is { } price
                ? new Dictionary<string, string> { ["declaredPrice"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                : new Dictionary<string, string>(),
        };
    }

    private async Task<int> OpenCaseCountAsync() => (await Services.ListOpenCasesAsync(max: 10_000)).Count;

    private async Task<AcceptanceResult> AcceptAsync(AcceptanceRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(request, "acceptor");
    }

    [Fact]
    public async Task ATwentyThousandCharacterName_IsRefusedNamingTheFieldAndLimit_AndNoCaseIsWritten()
    {
        var request = await AnAcceptableRequestAsync();
        var before = await OpenCaseCountAsync();
        var parties = request.Parties.ToList();
        parties[0] = parties[0] with { Name = TwentyThousand };

        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => AcceptAsync(request with { Parties = parties }));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("parties[0].name", AcceptanceProblemCode.TooLong), (problem.Field, problem.Code));
        Assert.Equal(["100", "20000"], problem.Values);
        Assert.Equal(before, await OpenCaseCountAsync());
        Assert.DoesNotContain(TwentyThousand, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameApplication_WithANameWithinTheLimit_IsAccepted()
    {
        // The control: the request the test above lengthens is otherwise acceptable, so the limit is what refused it.
        var request = await AnAcceptableRequestAsync();
        var before = await OpenCaseCountAsync();
        var parties = request.Parties.ToList();
        parties[0] = parties[0] with { Name = new string('王', FieldLimits.PartyName) };

        var result = await AcceptAsync(request with { Parties = parties });

        Assert.Equal(new string('王', FieldLimits.PartyName), result.Case.Parties[0].Party.Name);
        Assert.Equal(before + 1, await OpenCaseCountAsync());
    }

    [Fact]
    public async Task TooLongFactsAndIdNumbers_AreEachNamed()
    {
        var request = await AnAcceptableRequestAsync();
        var parties = request.Parties.ToList();
        parties[1] = parties[1] with { IdNumber = new string('1', FieldLimits.IdNumber + 1) };

        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => AcceptAsync(request with
        {
            Parties = parties,
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "1", ["note"] = new string('x', FieldLimits.FactValue + 1) },
        }));

        Assert.Equal(["facts.note", "parties[1].idNumber"], refused.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.All(refused.Problems, p => Assert.Equal(AcceptanceProblemCode.TooLong, p.Code));
    }

    [Fact]
    public async Task ATooLongOpinion_IsRefusedWithTheLimit_AndTheTaskStaysOpen()
    {
        var number = (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;
        await using var scope = Services.CreateAsyncScope();
        var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
        var opinion = new string('意', FieldLimits.Opinion + 1);
        var journalBefore = (await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(number))!.Journal.Count;

        var refused = await Assert.ThrowsAsync<DecisionInvalidException>(() => decisions.DecideAsync(number, "reviewer1", [RegistryRoles.FirstReview],
            new DecisionRequest { Kind = DecisionKind.Approve, Opinion = opinion }));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("opinion", FieldLimits.Opinion, FieldLimits.Opinion + 1), (error.Field, error.Limit, error.Length));
        var file = (await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(number))!;
        Assert.Equal(journalBefore, file.Journal.Count);
        Assert.DoesNotContain(file.Journal, l => l.Opinion == opinion);
        Assert.NotNull(await decisions.FindOptionAsync(number, "reviewer1", [RegistryRoles.FirstReview]));
    }

    [Fact]
    public async Task AnOpinionAtTheLimit_IsAccepted()
    {
        var number = (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;
        await using var scope = Services.CreateAsyncScope();

        var decided = await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, "reviewer1", [RegistryRoles.FirstReview],
            new DecisionRequest { Kind = DecisionKind.Approve, Opinion = new string('意', FieldLimits.Opinion) });

        Assert.Equal(number, decided.Number.Value);
    }

    [Fact]
    public async Task TooLongSearches_AreRefusedNamingTheSearchBox()
    {
        var text = new string('3', FieldLimits.Search + 1);
        await using var scope = Services.CreateAsyncScope();

        var worklist = await Assert.ThrowsAsync<FieldTooLongException>(() => scope.ServiceProvider.GetRequiredService<IWorklist>()
            .GetAsync(new WorklistQuery(WorklistView.Group, text), "reviewer1", [RegistryRoles.FirstReview]));
        var register = await Assert.ThrowsAsync<FieldTooLongException>(() => scope.ServiceProvider.GetRequiredService<IRegisterBrowser>()
            .SearchAsync(new UnitSearch(text)));

        Assert.Equal(("search", FieldLimits.Search, FieldLimits.Search + 1), (worklist.Field, worklist.Limit, worklist.Length));
        Assert.Equal(("search", FieldLimits.Search), (register.Field, register.Limit));
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IRegisterBrowser>().SearchAsync(new UnitSearch(new string('3', FieldLimits.Search))));
    }
}
