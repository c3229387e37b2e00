using System.Data.Common;

namespace Registry.Persistence.Transactions;

/// <summary>
/// A case command whose connection to the database server was lost: its transaction could not even be rolled back (the
/// server ended the session). Transient, like the provider's own connection errors, so the pages say the database is
/// unavailable and nothing was saved, instead of showing the provider's "transaction is already completed".
/// </summary>
internal sealed class ConnectionLostException(Exception inner)
    : DbException("The connection to the database was lost during the command; nothing was saved.", inner)
{
    public override bool IsTransient => true;
}
