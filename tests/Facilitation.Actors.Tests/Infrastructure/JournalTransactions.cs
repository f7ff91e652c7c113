using System.Diagnostics;
using System.Runtime.CompilerServices;
using LinqToDB.Data;

namespace Facilitation.Actors.Tests.Infrastructure;

/// <summary>
/// Watches, through linq2db's global trace hook, every transaction that inserts journal rows: how
/// many such transactions were committed and how many rows they held. Installed for one test
/// (tests run one at a time: <see cref="ActorSystems"/>) and removed when disposed.
/// </summary>
public sealed class JournalTransactions : IDisposable
{
    private readonly TraceSwitch _previousSwitch = DataConnection.TraceSwitch;
    private readonly Action<TraceInfo> _previousHandler = DataConnection.DefaultOnTraceConnection;
    private readonly ConditionalWeakTable<DataConnection, StrongBox<long>> _uncommitted = new();
    private readonly object _gate = new();
    private long _transactions;
    private long _rows;

    public JournalTransactions()
    {
        DataConnection.TurnTraceSwitchOn(TraceLevel.Info);
        DataConnection.DefaultOnTraceConnection = Observe;
    }

    /// <summary>Committed transactions that inserted at least one journal row.</summary>
    public long Transactions
    {
        get { lock (_gate) return _transactions; }
    }

    /// <summary>Journal rows inserted by those transactions.</summary>
    public long Rows
    {
        get { lock (_gate) return _rows; }
    }

    private void Observe(TraceInfo info)
    {
        if (info.TraceInfoStep != TraceInfoStep.AfterExecute) return;
        lock (_gate)
        {
            var pending = _uncommitted.GetOrCreateValue(info.DataConnection);
            if (info.Operation == TraceOperation.ExecuteNonQuery && IsJournalInsert(info.Command?.CommandText))
                pending.Value += info.RecordsAffected ?? 0;
            else if (info.Operation == TraceOperation.CommitTransaction && pending.Value > 0)
            {
                _transactions++;
                _rows += pending.Value;
                pending.Value = 0;
            }
            else if (info.Operation == TraceOperation.RollbackTransaction)
                pending.Value = 0;
        }
    }

    private static bool IsJournalInsert(string? sql) =>
        sql is not null
        && sql.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
        && sql.Contains("journal", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        DataConnection.DefaultOnTraceConnection = _previousHandler;
        DataConnection.TraceSwitch = _previousSwitch;
    }
}
