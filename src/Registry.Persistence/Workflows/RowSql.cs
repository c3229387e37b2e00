using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Persistence.Workflows;

/// <summary>
/// Hand-issued statements for the commit hot path, built from the EF model: table and column names, identifier quoting and
/// parameter conversion (e.g. instants as UTC ticks on SQLite) all come from the provider's mappings, so the SQL is the same
/// EF would write, without change tracking and query translation on every workflow step.
/// </summary>
internal sealed class RowSql
{
    private readonly Dictionary<Type, (string Sql, IProperty[] Properties)> _inserts = [];
    private readonly Dictionary<(Type, string), IProperty> _properties = [];

    public RowSql(RegistryDbContext db)
    {
        var helper = db.GetService<ISqlGenerationHelper>();
        foreach (var type in new[] { typeof(WorkflowInstanceRow), typeof(WorkflowBookmarkRow), typeof(WorkflowJournalRow) })
        {
            var entity = db.Model.FindEntityType(type)!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = entity.GetProperties().ToArray();
            foreach (var property in properties)
            {
                _properties[(type, property.Name)] = property;
            }

            var columns = string.Join(", ", properties.Select(p => helper.DelimitIdentifier(p.GetColumnName(table)!)));
            var values = string.Join(", ", properties.Select((_, i) => "@{0}" + i.ToString(CultureInfo.InvariantCulture)));
            _inserts[type] = ($"INSERT INTO {helper.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ({values});", properties);
            Tables[type] = helper.DelimitIdentifier(table.Name, table.Schema);
            foreach (var property in properties)
            {
                Columns[(type, property.Name)] = helper.DelimitIdentifier(property.GetColumnName(table)!);
            }
        }
    }

    public Dictionary<Type, string> Tables { get; } = [];

    public Dictionary<(Type, string), string> Columns { get; } = [];

    public DbCommand Insert<TRow>(DbConnection connection, DbTransaction transaction, TRow row)
        where TRow : class
    {
        var command = Command(connection, transaction, string.Empty);
        var text = new StringBuilder();
        AppendInsert(command, text, "p", row);
        command.CommandText = text.ToString();
        return command;
    }

    /// <summary>Appends an INSERT of <paramref name="row"/> to a batch, its parameters named <c>@{prefix}{n}</c>.</summary>
    public void AppendInsert<TRow>(DbCommand command, StringBuilder text, string prefix, TRow row)
        where TRow : class
    {
        var (sql, properties) = _inserts[typeof(TRow)];
        text.Append(sql.Replace("@{0}", "@" + prefix, StringComparison.Ordinal)).Append('\n');
        for (var i = 0; i < properties.Length; i++)
        {
            var value = properties[i].GetGetter().GetClrValueUsingContainingEntity(row);
            command.Parameters.Add(properties[i].GetRelationalTypeMapping().CreateParameter(command, "@" + prefix + i.ToString(CultureInfo.InvariantCulture), value, properties[i].IsNullable));
        }
    }

    /// <summary>Adds a parameter converted the way the column's property is mapped.</summary>
    public void Parameter<TRow>(DbCommand command, string name, string property, object? value)
    {
        var p = _properties[(typeof(TRow), property)];
        command.Parameters.Add(p.GetRelationalTypeMapping().CreateParameter(command, name, value, p.IsNullable));
    }

    public static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public string Column<TRow>(string property) => Columns[(typeof(TRow), property)];

    public string Table<TRow>() => Tables[typeof(TRow)];

    public string Set<TRow>(params string[] properties) =>
        new StringBuilder().AppendJoin(", ", properties.Select(p => $"{Column<TRow>(p)} = @{p}")).ToString();
}
