using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Registry.Persistence;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>)
/// per EF model. EF refuses to run a compiled query against a model other than the one it was compiled for, and one
/// process can hold several models: two hosts with different options (the two-node tests), or SQLite and PostgreSQL side
/// by side. Each model gets its own compiled delegate, kept as long as the model lives.
/// </summary>
/// <typeparam name="TQuery">The compiled delegate's type.</typeparam>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
