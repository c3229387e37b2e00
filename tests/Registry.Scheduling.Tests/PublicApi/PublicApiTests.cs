using System.Reflection;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests.PublicApi;

/// <summary>Keeps the calendar and deadline surface deliberate: a change to it must update the approved file.</summary>
public class PublicApiTests
{
    private static readonly string[] Namespaces = ["Registry.Scheduling.Calendar", "Registry.Scheduling.Deadlines"];

    [Fact]
    public void CalendarAndDeadlineSurface_MatchesApprovedFile()
    {
        var actual = Describe();
        var folder = Path.Combine(Path.GetDirectoryName(RepositoryCalendars.Directory)!, "tests", "Registry.Scheduling.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "calendar-and-deadlines.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (approved != actual)
        {
            File.WriteAllText(Path.Combine(folder, "calendar-and-deadlines.received.txt"), actual);
        }

        Assert.Equal(approved, actual);
    }

    private static string Describe()
    {
        var lines = new List<string>();
        var types = typeof(IWorkingDayCalendar).Assembly.GetExportedTypes()
            .Where(t => Namespaces.Contains(t.Namespace))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            lines.Add(type.FullName!);
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Where(m => !(type.IsEnum && m.Name == "value__"))
                .Select(m => "  " + m.MemberType + " " + m)
                .OrderBy(s => s, StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join('\n', lines) + "\n";
    }
}
