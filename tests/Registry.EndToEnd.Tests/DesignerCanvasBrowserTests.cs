using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The workflow canvas (Z.Blazor.Diagrams) worked with the mouse in Chromium, where the library measures nodes and ports:
/// a palette kind dragged onto the canvas, a link dragged from an outcome port onto a node, a node moved and the layout
/// saved, a node deleted and the deletion undone; after each edit the JSON view shows it.
/// </summary>
[Collection(DecisionsCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class DesignerCanvasBrowserTests(OwnAppFixture fixture)
{
    private const string DefinitionId = "catalogue-standard";

    private static ILocator CanvasNode(IPage page, string id) => page.Locator($"#canvas-editor .wf-node[data-node='{id}']");

    // The library positions each node's element (style top/left, in canvas pixels).
    private static Task<string?> PlaceAsync(IPage page, string id) =>
        page.Locator($"#canvas-editor .diagram-node:has(.wf-node[data-node='{id}'])").GetAttributeAsync("style");

    private static async Task<JsonNode> JsonViewAsync(IPage page)
    {
        await page.Locator("#designer-show-json").ClickAsync();
        var json = JsonNode.Parse(await page.Locator("#draft-json").InputValueAsync())!;
        await page.Locator("#designer-show-canvas").ClickAsync();
        await Assertions.Expect(CanvasNode(page, "acceptance")).ToBeVisibleAsync();
        return json;
    }

    private static bool HasNode(JsonNode json, string id) => json["nodes"]!.AsArray().Any(n => n!["id"]!.GetValue<string>() == id);

    private static bool HasTransition(JsonNode json, string from, string to) =>
        json["transitions"]!.AsArray().Any(t => t!["from"]!.GetValue<string>() == from && t["to"]!.GetValue<string>() == to);

    private static async Task DragAsync(IPage page, ILocator from, ILocator to, float dx = 0, float dy = 0)
    {
        // Hovering first waits until the element has stopped moving and is what the pointer hits at its centre: on a
        // loaded machine the canvas could still be redrawing after the previous edit, and a press on the bare canvas
        // pans it instead of grabbing the node (seen once in CI).
        await from.HoverAsync();
        var b = (await to.BoundingBoxAsync())!;
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(b.X + (b.Width / 2) + dx, b.Y + (b.Height / 2) + dy, new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    [Fact]
    public async Task TheAdmin_DragsAKindOnConnectsItMovesItDeletesAndUndoes_AndTheJsonViewShowsEachEdit()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, "admin");
            await Circuit.OpenAsync(page, $"/designer/{DefinitionId}");
            await Assertions.Expect(page.Locator("#designer-versions")).ToBeVisibleAsync();
            if (await page.Locator("#draft-json").CountAsync() == 0)
            {
                await page.Locator("tr.designer-version .new-draft").First.ClickAsync();
            }

            await Assertions.Expect(page.Locator("#draft-json")).ToBeVisibleAsync();
            await page.Locator("#designer-show-canvas").ClickAsync();
            await Assertions.Expect(CanvasNode(page, "acceptance")).ToBeVisibleAsync();

            // A wait dragged from the palette onto the canvas, below 受理.
            await page.Locator("#canvas-palette .wfe-palette-item[data-kind='wait']")
                .DragToAsync(page.Locator("#canvas-surface"), new() { TargetPosition = new() { X = 200, Y = 320 } });
            await Assertions.Expect(CanvasNode(page, "wait1")).ToBeVisibleAsync();
            Assert.True(HasNode(await JsonViewAsync(page), "wait1"));

            // Its outcome port dragged onto 受理: the transition wait1 → acceptance, drawn as a link.
            await DragAsync(page, CanvasNode(page, "wait1").Locator(".wfe-port").First, CanvasNode(page, "acceptance"));
            await Assertions.Expect(page.Locator("#canvas-editor .diagram-link[data-link-id^='transition:wait1:'][data-link-id*=':acceptance:']")).ToHaveCountAsync(1);
            Assert.True(HasTransition(await JsonViewAsync(page), "wait1", "acceptance"));

            // Moved by the mouse and the layout saved: the JSON keeps no position, and the canvas opens with the new one.
            var placed = await PlaceAsync(page, "wait1");
            await DragAsync(page, CanvasNode(page, "wait1"), CanvasNode(page, "wait1"), 120, 64);
            await Assertions.Expect(page.Locator("#canvas-editor .diagram-node:has(.wf-node[data-node='wait1'])")).Not.ToHaveAttributeAsync("style", placed!);
            var moved = await PlaceAsync(page, "wait1");
            await page.Locator("#canvas-save-layout").ClickAsync();
            await Assertions.Expect(page.Locator("#designer-message")).ToBeVisibleAsync();
            var afterMove = await JsonViewAsync(page);
            Assert.True(HasNode(afterMove, "wait1"));
            Assert.DoesNotContain("\"x\"", afterMove.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(moved, await PlaceAsync(page, "wait1"));

            // Deleted with the key, then undone: the node and its transition come back.
            await CanvasNode(page, "wait1").ClickAsync();
            await Assertions.Expect(CanvasNode(page, "wait1")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("node-selected"));
            await page.Keyboard.PressAsync("Delete");
            await Assertions.Expect(CanvasNode(page, "wait1")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#canvas-editor .diagram-link[data-link-id^='transition:wait1:']")).ToHaveCountAsync(0);
            await page.Locator("#canvas-undo").ClickAsync();
            await Assertions.Expect(CanvasNode(page, "wait1")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#canvas-editor .diagram-link[data-link-id^='transition:wait1:']")).ToHaveCountAsync(1);
            var undone = await JsonViewAsync(page);
            Assert.True(HasNode(undone, "wait1"));
            Assert.True(HasTransition(undone, "wait1", "acceptance"));

            await CanvasNode(page, "wait1").ClickAsync();
            await page.Locator("#canvas-delete").ClickAsync();
            await Assertions.Expect(CanvasNode(page, "wait1")).ToHaveCountAsync(0);
            var deleted = await JsonViewAsync(page);
            Assert.False(HasNode(deleted, "wait1"));
            Assert.False(HasTransition(deleted, "wait1", "acceptance"));
            await Screenshots.SaveAsync(page, "designer-canvas-edited-zh");

            // Nothing saved: the draft stays as it was for the other tests (the edits cancelled out, or are dropped here).
            await page.Locator("#designer-show-json").ClickAsync();
            if (await page.Locator("#designer-discard").CountAsync() > 0)
            {
                await page.Locator("#designer-discard").ClickAsync();
            }
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
