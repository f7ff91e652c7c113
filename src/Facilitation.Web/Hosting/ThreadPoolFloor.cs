namespace Facilitation.Web.Hosting;

/// <summary>
/// Microsoft.Data.Sqlite answers its async calls synchronously, so every journal read or write
/// holds a pool thread. On a 2-core machine the pool starts with two and adds about one every half
/// second: dozens of entities recovering at once (a restart under load) then stalled for seconds
/// in tests. A higher floor lets them run; it costs idle threads, not CPU.
/// </summary>
public static class ThreadPoolFloor
{
    public const int MinimumThreads = 32;

    public static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumThreads), Math.Max(io, MinimumThreads));
    }
}
