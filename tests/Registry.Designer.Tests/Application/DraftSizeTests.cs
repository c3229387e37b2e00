using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.Fields;
using static Registry.Designer.Tests.DesignerDatabase;

namespace Registry.Designer.Tests.Application;

/// <summary>
/// A large draft is saved whole, and one over the designer's limit is refused with the limit named and nothing stored:
/// before the limit was set, a 44 KB draft was lost silently (the circuit dropped it) and Publish published the older one.
/// </summary>
public sealed class DraftSizeTests
{
    /// <summary>The draft JSON with the first node's English name replaced by <paramref name="name"/>.</summary>
    internal static string WithLongName(string json, string name)
    {
        var root = JsonNode.Parse(json)!;
        root["nodes"]![0]!["name"]!["en"] = name;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>A name that makes the draft at least 44 KB in UTF-8 while staying far below the character limit.</summary>
    internal static string FortyFourKilobyteName => string.Concat(Enumerable.Repeat("受理 acceptance 审核 ", 2_100));

    [Fact]
    public async Task A44KilobyteDraft_IsSavedIntact()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var designer = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        await designer.CreateDraftAsync(Admin, SampleId, 1);
        var json = WithLongName((await designer.GetVersionAsync(Admin, SampleId, 2)).Json, FortyFourKilobyteName);
        Assert.InRange(Encoding.UTF8.GetByteCount(json), 44 * 1024, FieldLimits.DefinitionJson);

        var saved = await designer.SaveDraftAsync(Admin, SampleId, 2, json);

        Assert.True(saved.Saved);
        var stored = await designer.GetVersionAsync(Admin, SampleId, 2);
        Assert.Equal(FortyFourKilobyteName, stored.Definition.Nodes[0].Name.En);
        Assert.True(Encoding.UTF8.GetByteCount(stored.Json) >= 44 * 1024);
    }

    [Fact]
    public async Task ADraftOverTheLimit_IsRefusedNamingTheLimit_AndTheSavedDraftIsUnchanged()
    {
        await using var db = await DesignerDatabase.CreateAsync();
        var designer = db.NewHost().GetRequiredService<IWorkflowDesigner>();
        await designer.CreateDraftAsync(Admin, SampleId, 1);
        var before = (await designer.GetVersionAsync(Admin, SampleId, 2)).Json;
        var json = WithLongName(before, new string('x', FieldLimits.DefinitionJson));

        var refused = await Assert.ThrowsAsync<FieldTooLongException>(() => designer.SaveDraftAsync(Admin, SampleId, 2, json));
        var validateRefused = await Assert.ThrowsAsync<FieldTooLongException>(() => designer.ValidateAsync(Admin, SampleId, 2, json));

        Assert.Equal(("json", FieldLimits.DefinitionJson, json.Length), (refused.Field, refused.Limit, refused.Length));
        Assert.Equal("json", validateRefused.Field);
        Assert.Equal(before, (await designer.GetVersionAsync(Admin, SampleId, 2)).Json);
    }
}
