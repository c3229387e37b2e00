using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Persistence.Dashboard;

/// <summary>
/// The office-time (China, UTC+8) calendar day of an instant, as <see cref="DateOnly.DayNumber"/>, computed by the database so
/// the dashboard can group cases by day in SQL and apply the working-day calendar to the days, not to every case.
/// </summary>
internal static class OfficeDay
{
    private const long OfficeOffsetTicks = 8 * TimeSpan.TicksPerHour;
    private const int UnixEpochDayNumber = 719162; // DateOnly(1970, 1, 1).DayNumber
    private static readonly IntTypeMapping Int = new("integer");

    /// <summary>The office day number of <paramref name="at"/>; only for use in queries.</summary>
    public static int Of(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime).DayNumber;

    /// <summary>Registers <see cref="Of"/> with its translation for the context's provider.</summary>
    public static void Register(ModelBuilder builder, DatabaseProvider provider)
    {
        builder.HasDbFunction(typeof(OfficeDay).GetMethod(nameof(Of))!).HasTranslation(args => provider switch
        {
            DatabaseProvider.Sqlite => Sqlite(args[0]),
            DatabaseProvider.PostgreSql => PostgreSql(args[0]),
            _ => SqlServer(args[0]),
        });
    }

    // SQLite stores UTC ticks (UtcTicksConverter): (ticks + 8 h) / ticks per day is the day number, in integer arithmetic.
    private static SqlBinaryExpression Sqlite(SqlExpression at)
    {
        var ticks = new LongTypeMapping("INTEGER");
        var local = new SqlBinaryExpression(ExpressionType.Add, at, new SqlConstantExpression(OfficeOffsetTicks, ticks), typeof(long), ticks);
        return new SqlBinaryExpression(ExpressionType.Divide, local, new SqlConstantExpression(TimeSpan.TicksPerDay, ticks), typeof(int), Int);
    }

    // timestamptz: floor((seconds since the Unix epoch + 8 h) / 86400) days after 1970-01-01.
    private static SqlBinaryExpression PostgreSql(SqlExpression at)
    {
        var real = new DoubleTypeMapping("double precision");
        var epoch = new SqlFunctionExpression("date_part", [new SqlConstantExpression("epoch", new StringTypeMapping("text", null)), at],
            nullable: true, argumentsPropagateNullability: [false, true], typeof(double), real);
        var local = new SqlBinaryExpression(ExpressionType.Add, epoch, new SqlConstantExpression(28800.0, real), typeof(double), real);
        var days = new SqlFunctionExpression("floor", [new SqlBinaryExpression(ExpressionType.Divide, local, new SqlConstantExpression(86400.0, real), typeof(double), real)],
            nullable: true, argumentsPropagateNullability: [true], typeof(double), real);
        var whole = new SqlUnaryExpression(ExpressionType.Convert, days, typeof(int), Int);
        return new SqlBinaryExpression(ExpressionType.Add, whole, new SqlConstantExpression(UnixEpochDayNumber, Int), typeof(int), Int);
    }

    // datetimeoffset: the date at +08:00, in days after 1970-01-01.
    private static SqlBinaryExpression SqlServer(SqlExpression at)
    {
        var text = new StringTypeMapping("varchar(10)", null);
        var local = new SqlFunctionExpression("SWITCHOFFSET", [at, new SqlConstantExpression("+08:00", text)],
            nullable: true, argumentsPropagateNullability: [true, false], typeof(DateTimeOffset), at.TypeMapping);
        var date = new SqlUnaryExpression(ExpressionType.Convert, local, typeof(DateOnly), new DateOnlyTypeMapping("date"));
        var days = new SqlFunctionExpression("DATEDIFF", [new SqlFragmentExpression("day"), new SqlConstantExpression("1970-01-01", text), date],
            nullable: true, argumentsPropagateNullability: [false, false, true], typeof(int), Int);
        return new SqlBinaryExpression(ExpressionType.Add, days, new SqlConstantExpression(UnixEpochDayNumber, Int), typeof(int), Int);
    }
}
