using System.Reflection;
using System.Text;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Tests;

/// <summary>Keeps the engine's public surface deliberate: any change must be approved by updating PublicApi.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedSnapshot()
    {
        var actual = Describe(typeof(IWorkflowRuntime).Assembly);
        var approvedPath = Harness.RepoFile("tests/Registry.Workflows.Tests/PublicApi.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API changed. Review {receivedPath} and, if intended, copy it over {approvedPath}.");
        }

        File.Delete(receivedPath);
    }

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            var bases = new List<string>();
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            {
                bases.Add(Name(b));
            }

            bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic && !i.Name.StartsWith("IEquatable", StringComparison.Ordinal)).Select(Name).Order(StringComparer.Ordinal));
            if (bases.Count > 0)
            {
                text.Append(" : ").Append(string.Join(", ", bases));
            }

            text.Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return name;
            }

            yield break;
        }

        foreach (var c in type.GetConstructors(flags))
        {
            yield return $"ctor({Parameters(c)})";
        }

        foreach (var p in type.GetProperties(flags))
        {
            var accessors = (p.GetMethod?.IsPublic == true ? "get; " : string.Empty) + (p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty);
            yield return $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(Nullability.Create(p))} {p.Name} {{ {accessors}}}";
        }

        foreach (var f in type.GetFields(flags))
        {
            yield return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(Nullability.Create(f))} {f.Name}";
        }

        foreach (var m in type.GetMethods(flags).Where(m => !m.IsSpecialName && m.Name != "<Clone>$" && m.Name != "Deconstruct"))
        {
            yield return $"{(m.IsStatic ? "static " : string.Empty)}{Name(Nullability.Create(m.ReturnParameter))} {m.Name}({Parameters(m)})";
        }
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(Nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? (p.ParameterType.IsValueType ? "default" : "null")) : string.Empty)}"));

    private static string Kind(Type type) =>
        type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.GetMethod("<Clone>$") is not null ? "record" : type.IsSealed ? "sealed class" : "class";

    private static string Name(NullabilityInfo info)
    {
        var type = info.Type;
        var suffix = !type.IsValueType && info.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (Nullable.GetUnderlyingType(type) is not null || !type.IsGenericType || info.GenericTypeArguments.Length != type.GetGenericArguments().Length)
        {
            return Name(type) + suffix;
        }

        var name = type.GetGenericTypeDefinition().FullName!;
        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", info.GenericTypeArguments.Select(Name))}>{suffix}";
    }

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!) + "&";
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var name = type.GetGenericTypeDefinition().FullName!;
        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
