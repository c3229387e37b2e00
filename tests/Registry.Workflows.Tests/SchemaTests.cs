using Registry.Workflows.Definitions;

namespace Registry.Workflows.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void EveryDefinitionInWorkflowsFolder_ValidatesAgainstSchema()
    {
        var files = Directory.GetFiles(Harness.RepoFile("workflows"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && !f.EndsWith(".layout.json", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var definition = new WorkflowDefinitionJson().Read(File.ReadAllText(file), file);
            Assert.Empty(new WorkflowDefinitionValidator(Harness.Kinds).Validate(definition, file));
        }
    }

    [Fact]
    public void Read_SchemaViolations_NameFilePathAndProblem()
    {
        const string json = """
        {
          "id": "Bad Id", "version": 0, "displayName": { "en": "x" }, "start": "a", "colour": "red",
          "nodes": [
            { "id": "a", "kind": "humanTask", "name": { "zh": "甲" }, "inputs": { "role": "r", "outcomes": ["approve", "maybe"] } },
            { "id": "b", "kind": "teleport", "name": { "zh": "乙" } },
            { "id": "c", "kind": "wait", "name": { "zh": "丙" }, "inputs": { "clockEffect": "frozen" } }
          ],
          "transitions": [ { "from": "a" } ]
        }
        """;
        var ex = Assert.Throws<WorkflowDefinitionException>(() => new WorkflowDefinitionJson().Read(json, "workflows/bad.json"));
        var text = ex.Issues.Select(i => i.ToString()).ToList();
        Assert.All(ex.Issues, i => Assert.Equal("workflows/bad.json", i.Source));
        Assert.Contains("workflows/bad.json $.id: 'Bad Id' does not match pattern ^[a-z][a-z0-9-]*$", text);
        Assert.Contains("workflows/bad.json $.version: must be at least 1", text);
        Assert.Contains("workflows/bad.json $.displayName: missing required property 'zh'", text);
        Assert.Contains("workflows/bad.json $.colour: unknown property 'colour'", text);
        Assert.Contains(text, t => t.StartsWith("workflows/bad.json $.nodes[0].inputs.outcomes[1]: \"maybe\" is not one of", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("workflows/bad.json $.nodes[1].kind: \"teleport\" is not one of", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("workflows/bad.json $.nodes[2].inputs.clockEffect: \"frozen\" is not one of", StringComparison.Ordinal));
        Assert.Contains("workflows/bad.json $.transitions[0]: missing required property 'to'", text);
    }

    [Fact]
    public void Read_MalformedJson_ReportsLine()
    {
        var ex = Assert.Throws<WorkflowDefinitionException>(() => new WorkflowDefinitionJson().Read("{\n \"id\": ", "x.json"));
        Assert.StartsWith("x.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_RoundTripsTheSample()
    {
        var sample = Harness.Sample();
        var again = new WorkflowDefinitionJson().Read(WorkflowDefinitionJson.Write(sample), "roundtrip");
        Assert.Equal(WorkflowDefinitionJson.Write(sample), WorkflowDefinitionJson.Write(again));
        Assert.Equal(sample.Nodes.Select(n => n.Id), again.Nodes.Select(n => n.Id));
        Assert.Equal(sample.Transitions.ToArray(), again.Transitions.ToArray());
    }

    [Fact]
    public void Layout_IsSeparateAndCoversEveryNode()
    {
        var sample = Harness.Sample();
        using var layout = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Harness.RepoFile("workflows/house-transfer-resale.layout.json")));
        var laidOut = layout.RootElement.GetProperty("nodes").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.True(laidOut.SetEquals(sample.Nodes.Select(n => n.Id)));
    }
}
