using System.Collections;
using System.Reflection;
using Registry.Application.Review.Facts;

namespace Registry.Application.RuleSets;

/// <summary>The fact model a condition can read, for the designer's reference panel: each fact type and its properties.</summary>
public static class FactReference
{
    /// <summary>Every fact type reachable from the root of <paramref name="kind"/> (<c>review</c>: ReviewFacts; <c>selfcheck</c>: FinishedCaseFacts), root first.</summary>
    /// <param name="kind">review or selfcheck.</param>
    /// <returns>The types with their properties.</returns>
    public static IReadOnlyList<FactTypeReference> For(string kind)
    {
        var root = kind == "selfcheck" ? typeof(FinishedCaseFacts) : typeof(ReviewFacts);
        var result = new List<FactTypeReference>();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .Select(p => new FactPropertyReference(p.Name, Describe(p.PropertyType)))
                .ToList();
            result.Add(new FactTypeReference(type == root ? $"f: {type.Name}" : type.Name, properties));
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var inner = Element(p.PropertyType);
                if (inner.Namespace == typeof(ReviewFacts).Namespace && !inner.IsEnum)
                {
                    queue.Enqueue(inner);
                }
            }
        }

        return result;
    }

    private static Type Element(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return type.IsArray ? type.GetElementType()! : type.GetGenericArguments().LastOrDefault() ?? typeof(object);
        }

        return type;
    }

    private static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Describe(inner) + "?";
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return $"[{Describe(Element(type))}]";
        }

        return type.IsEnum ? $"{type.Name} ({string.Join("|", Enum.GetNames(type))})" : type.Name;
    }
}
