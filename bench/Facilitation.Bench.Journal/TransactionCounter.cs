using System.Diagnostics;
using LinqToDB.Data;

namespace Facilitation.Bench.Journal;

/// <summary>
/// Counts, through linq2db's global trace hook, the transactions the journal commits and the
/// journal rows its INSERT statements write: rows per transaction says whether writes are grouped.
/// </summary>
internal static class TransactionCounter
{
    private static long _commits;
    private static long _inserts;
    private static long _rows;

    public static void Install()
    {
        DataConnection.TurnTraceSwitchOn(TraceLevel.Info);
        DataConnection.DefaultOnTraceConnection = info =>
        {
            if (info.TraceInfoStep != TraceInfoStep.AfterExecute) return;
            if (info.Operation == TraceOperation.CommitTransaction) Interlocked.Increment(ref _commits);
            else if (info.Operation == TraceOperation.ExecuteNonQuery
                     && info.Command?.CommandText is { } sql
                     && sql.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
                     && sql.Contains("journal", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref _inserts);
                Interlocked.Add(ref _rows, info.RecordsAffected ?? 0);
            }
        };
    }

    public static (long Commits, long Inserts, long Rows) Snapshot() =>
        (Interlocked.Read(ref _commits), Interlocked.Read(ref _inserts), Interlocked.Read(ref _rows));
}
