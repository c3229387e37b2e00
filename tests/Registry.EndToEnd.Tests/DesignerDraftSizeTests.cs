using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// A large designer draft over the real circuit: before the hub's message limit was set, a 44 KB draft closed the circuit
/// (SignalR's 32 KB default) and was lost without a word. Now it is saved whole, and one over the designer's limit is
/// refused with a message while the page keeps working. Runs on its own app (it saves drafts) and saves in zh-CN and en.
/// </summary>
[Collection(DecisionsCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class DesignerDraftSizeTests(OwnAppFixture fixture)
{
    private const string DefinitionId = "catalogue-announcement";

    private static string WithLongName(string json, string name)
    {
        var root = JsonNode.Parse(json)!;
        root["nodes"]![0]!["name"]!["en"] = name;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static async Task OpenDraftAsync(IPage page)
    {
        await Circuit.OpenAsync(page, $"/designer/{DefinitionId}");
        await Assertions.Expect(page.Locator("#designer-versions")).ToBeVisibleAsync();
        if (await page.Locator("#draft-json").CountAsync() == 0)
        {
            await page.Locator("tr.designer-version .new-draft").First.ClickAsync();
        }

        await Assertions.Expect(page.Locator("#draft-json")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A44KilobyteDraft_IsSavedWhole_AndOneOverTheLimit_IsRefusedWithAMessage_WhileTheCircuitLives()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, "admin");
            await OpenDraftAsync(page);
            var longName = string.Concat(Enumerable.Repeat("公告期满 announcement ends 审核 ", 1_200));
            var json = WithLongName(await page.Locator("#draft-json").InputValueAsync(), longName);
            Assert.True(Encoding.UTF8.GetByteCount(json) >= 44 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");

            await page.Locator("#draft-json").FillAsync(json);
            await page.Locator("#designer-save").ClickAsync();

            await Assertions.Expect(page.Locator("#designer-message")).ToContainTextAsync("已保存");
            await Circuit.ReloadAsync(page);
            await Assertions.Expect(page.Locator("#draft-json")).ToBeVisibleAsync();
            Assert.Contains(longName, await page.Locator("#draft-json").InputValueAsync(), StringComparison.Ordinal);

            // Over the limit: refused with the limit named; the page answers afterwards (the circuit is alive).
            var tooLong = WithLongName(json, new string('x', 100_000));
            await page.Locator("#draft-json").FillAsync(tooLong);
            await page.Locator("#designer-save").ClickAsync();
            await Assertions.Expect(page.Locator("#designer-error")).ToContainTextAsync("超过上限 100000，未保存");
            await Screenshots.SaveAsync(page, "designer-draft-too-long-zh");
            await page.Locator("#designer-discard").ClickAsync();
            await Assertions.Expect(page.Locator("#designer-error")).ToHaveCountAsync(0);
            Assert.Contains(longName, await page.Locator("#draft-json").InputValueAsync(), StringComparison.Ordinal);
            await Screenshots.SaveAsync(page, "designer-draft-saved-zh");

            // The same refusal in English.
            await page.GotoAsync($"/culture/set?culture=en&redirectUri=%2Fdesigner%2F{DefinitionId}");
            await Circuit.ReadyAsync(page);
            await Assertions.Expect(page.Locator("#draft-json")).ToBeVisibleAsync();
            await page.Locator("#draft-json").FillAsync(tooLong);
            await page.Locator("#designer-save").ClickAsync();
            await Assertions.Expect(page.Locator("#designer-error")).ToContainTextAsync("more than the limit of 100000; it was not saved");
            await Screenshots.SaveAsync(page, "designer-draft-too-long-en");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}\n--- app output ---\n{fixture.AppOutputTail()}", e);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
