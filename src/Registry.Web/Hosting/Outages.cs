using System.Data.Common;
using System.Net.Sockets;

namespace Registry.Web.Hosting;

/// <summary>Tells a database that cannot be reached (down, restarting, out of connections) from a defect.</summary>
internal static class Outages
{
    /// <summary>
    /// Whether <paramref name="error"/> (or an exception inside it) says the database is unreachable for now: a transient
    /// provider error, a timeout or a refused socket. Such a failure leaves nothing written (the command's transaction
    /// rolls back), and the same action succeeds once the database is back.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or TimeoutException or SocketException)
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsDatabaseUnavailable))
            {
                return true;
            }
        }

        return false;
    }
}
