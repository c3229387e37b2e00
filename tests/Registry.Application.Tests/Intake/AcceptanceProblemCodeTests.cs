using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFile;
using Registry.Application.Intake;
using Registry.Composition;
using Registry.Persistence;
using Registry.Persistence.Identity;

namespace Registry.Application.Tests.Intake;

/// <summary>
/// The acceptance service's refusals carry a code and the values they name, so the console can say them in its language;
/// and staff display names resolve in one call. On a real SQLite file without demo data.
/// </summary>
public sealed class AcceptanceProblemCodeTests() : ComposedRegistry("codes", seedDemoData: false)
{
    private async Task<IReadOnlyList<AcceptanceProblem>> RefusalOf(AcceptanceRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(request, "acceptor"));
        return refused.Problems;
    }

    [Fact]
    public async Task AnUnknownUnit_AndABadPrice_AreCodedWithTheirValues()
    {
        const string unit = "330102001001GB00001F00010003";

        var problems = await RefusalOf(new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [unit],
            Parties = [],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "12万" },
        });

        var notInRegister = Assert.Single(problems, p => p.Field == "units[0]");
        Assert.Equal((AcceptanceProblemCode.UnitNotInRegister, unit), (notInRegister.Code, Assert.Single(notInRegister.Values)));
        var price = Assert.Single(problems, p => p.Field == "facts.declaredPrice");
        Assert.Equal((AcceptanceProblemCode.NotAnAmount, "12万"), (price.Code, Assert.Single(price.Values)));
        Assert.Equal(AcceptanceProblemCode.PartiesRequired, Assert.Single(problems, p => p.Field == "parties").Code);
        var materials = Assert.Single(problems, p => p.Field == "materials");
        Assert.Equal(AcceptanceProblemCode.MaterialsMissing, materials.Code);
        Assert.Equal("HouseTransferResale", materials.Values[0]);
        Assert.All(materials.Values.Skip(1), code => Assert.Contains(code, materials.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownBusinessType_IsCodedWithTheType()
    {
        var problem = Assert.Single(await RefusalOf(new AcceptanceRequest { BusinessType = "NoSuchType" }));

        Assert.Equal(("businessType", AcceptanceProblemCode.BusinessTypeUnknown, "NoSuchType"), (problem.Field, problem.Code, Assert.Single(problem.Values)));
    }

    [Fact]
    public async Task StaffNames_AreFoundForStaff_AndLeftOutForSystemsAndStrangers()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            db.Users.AddRange(
                new RegistryUser { UserName = "reviewer1", NormalizedUserName = "REVIEWER1", DisplayName = "王芳" },
                new RegistryUser { UserName = "reviewer2", NormalizedUserName = "REVIEWER2", DisplayName = "张伟" },
                new RegistryUser { UserName = "nameless", NormalizedUserName = "NAMELESS", DisplayName = "" });
            await db.SaveChangesAsync();
        }

        var names = await Services.GetRequiredService<IStaffNames>().FindAsync(["reviewer1", "reviewer2", "reviewer1", "system", "nameless"]);

        Assert.Equal([("reviewer1", "王芳"), ("reviewer2", "张伟")], names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Key, n.Value)));
        Assert.Empty(await Services.GetRequiredService<IStaffNames>().FindAsync([]));
    }
}
