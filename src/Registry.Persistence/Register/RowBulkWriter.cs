using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Registry.Persistence.Register;

/// <summary>
/// Inserts rows of one mapped entity type with a prepared ADO.NET command, bypassing the change tracker.
/// Column names, types and value converters come from the EF model, so rows written here read back
/// through EF exactly like rows written by SaveChanges.
/// </summary>
internal sealed class RowBulkWriter<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly bool _synchronous;
    private readonly (IClrPropertyGetter Getter, DbParameter Parameter, ValueConverter? Converter)[] _columns;

    public RowBulkWriter(RegistryDbContext db, DbConnection connection, DbTransaction transaction)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToList();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _columns = new (IClrPropertyGetter, DbParameter, ValueConverter?)[properties.Count];
        var names = new List<string>(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var mapping = property.GetRelationalTypeMapping();
            var parameterName = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var parameter = mapping.CreateParameter(_command, sql.GenerateParameterName(parameterName), null, nullable: true);
            _command.Parameters.Add(parameter);
            _columns[i] = (property.GetGetter(), parameter, mapping.Converter);
            names.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
        }

        _synchronous = db.IsSqlite;
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Parameter.ParameterName.StartsWith('@') ? c.Parameter.ParameterName : "@" + c.Parameter.ParameterName))})";
        if (_synchronous)
        {
            _command.Prepare();
        }
    }

    public void SetTransaction(DbTransaction transaction) => _command.Transaction = transaction;

    public async Task WriteAsync(T row, CancellationToken cancellationToken)
    {
        foreach (var (getter, parameter, converter) in _columns)
        {
            var value = getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }

            parameter.Value = value ?? DBNull.Value;
        }

        // Microsoft.Data.Sqlite's async methods run synchronously anyway; the sync call skips the task overhead.
        if (_synchronous)
        {
            _command.ExecuteNonQuery();
        }
        else
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public void Dispose() => _command.Dispose();
}
