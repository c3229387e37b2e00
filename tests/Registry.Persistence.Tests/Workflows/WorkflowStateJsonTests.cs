using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Registry.Persistence.Workflows;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Tests.Workflows;

public sealed class WorkflowStateJsonTests
{
    // The options the store used before the source-generated context: rows written then must read the same now.
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static WorkflowInstance Sample()
    {
        var at = new DateTimeOffset(2025, 9, 26, 2, 0, 0, TimeSpan.Zero);
        var open = new Bookmark("b2", "review", "初审", BookmarkKind.HumanTask, at, Role: "examiner", Assignee: "张三", ClaimedAt: at.AddMinutes(5));
        var timer = new Bookmark("b3", "wait", "公告期", BookmarkKind.Timer, at, DueAt: at.AddDays(15));
        var closed = new ClosedBookmark(new Bookmark("b1", "accept", "受理", BookmarkKind.HumanTask, at, Role: "clerk"), "王受理", at.AddMinutes(1), "approve");
        return new WorkflowInstance(
            Guid.Parse("0195a8c4-0000-7000-8000-000000000001"),
            "house-transfer-resale",
            2,
            "2025-0001",
            InstanceStatus.Suspended,
            7,
            at,
            at.AddHours(1),
            ImmutableDictionary<string, string>.Empty.Add("area", "89.5").Add("备注", "\"引号\" <b>"),
            [open, timer],
            [closed],
            ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("join", ["tax", "trade"]),
            ["accept"],
            [new ClockInterval(at, null, ClockEffect.Paused, "suspension", "R1", "等待材料", "review")],
            12);
    }

    [Fact]
    public void Write_IsTheSameTextAsTheReflectionSerializer()
    {
        var instance = Sample();

        var written = WorkflowStateJson.Write(instance);

        Assert.Equal(JsonSerializer.Serialize(instance, Reflection), written);
        Assert.Contains("\"Status\":\"Suspended\"", written, StringComparison.Ordinal);
        Assert.Contains("初审", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfTextWrittenByTheReflectionSerializer_GivesTheSameInstance()
    {
        var instance = Sample();

        var read = WorkflowStateJson.Read(JsonSerializer.Serialize(instance, Reflection), instance.Id);

        Assert.Equal(JsonSerializer.Serialize(instance, Reflection), JsonSerializer.Serialize(read, Reflection));
        Assert.Equal(instance.OpenBookmarks.ToList(), read.OpenBookmarks.ToList());
        Assert.Equal(instance.ClockIntervals.ToList(), read.ClockIntervals.ToList());
    }
}
