using System.Linq.Expressions;

namespace Registry.Rules.NRules;

/// <summary>
/// A collection of the fact model whose elements are inserted as separate facts (<see cref="EntryFact{T}"/>): its path
/// from the root (<c>f.Unit.Seizures</c>), its element type, how to read it and how to describe a matched element.
/// </summary>
internal sealed class EntrySource
{
    private readonly Action<object, List<object>> _addFacts;
    private readonly Func<object, string> _describe;

    private EntrySource(string path, Type elementType, Action<object, List<object>> addFacts, Func<object, string> describe)
    {
        Path = path;
        Members = path.Split('.');
        ElementType = elementType;
        FactType = typeof(EntryFact<>).MakeGenericType(elementType);
        _addFacts = addFacts;
        _describe = describe;
    }

    /// <summary>Member path from the root, e.g. <c>Unit.Seizures</c>.</summary>
    public string Path { get; }

    /// <summary>The path split into member names.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Element type of the collection.</summary>
    public Type ElementType { get; }

    /// <summary>The fact type inserted into the session, <c>EntryFact&lt;ElementType&gt;</c>.</summary>
    public Type FactType { get; }

    /// <summary>Creates a source over a collection of <typeparamref name="TRoot"/>.</summary>
    public static EntrySource Of<TRoot, T>(string path, Func<TRoot, IEnumerable<T?>?> read, Func<T, string> describe)
        where T : class =>
        new(path, typeof(T), (root, into) =>
        {
            var i = 0;
            foreach (var value in read((TRoot)root) ?? [])
            {
                if (value is not null)
                {
                    into.Add(new EntryFact<T>(root, path, i, value));
                }

                i++;
            }
        }, o => describe((T)o));

    /// <summary>Creates the entry facts of <paramref name="root"/> for this source, appending them to <paramref name="into"/>.</summary>
    public void AddFacts(object root, List<object> into) => _addFacts(root, into);

    /// <summary>A one-line description of a matched element for the finding's explanation.</summary>
    public string Describe(object element) => _describe(element);

    /// <summary>True when <paramref name="expression"/> is this source's path on <paramref name="root"/>.</summary>
    public bool IsPathOn(Expression expression, ParameterExpression root)
    {
        var e = Strip(expression);
        for (var i = Members.Count - 1; i >= 0; i--)
        {
            if (e is not MemberExpression member || member.Member.Name != Members[i])
            {
                return false;
            }

            e = Strip(member.Expression);
        }

        return e == root;
    }

    private static Expression? Strip(Expression? e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? u.Operand : e;
}
