using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContactCentre.Bot.Persistence;

/// <summary>
/// A change counter per entity type, bumped whenever a context of this process saves with an entity of that
/// type tracked. Caches of read-mostly data (the price list) compare it to see, without a query, that a
/// save here may have changed what they hold. Changes by other processes are caught by the caches' short recheck.
/// </summary>
public sealed class StoreChanges : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<Type, StrongBox<long>> Counters = new();

    internal static StoreChanges Instance { get; } = new();

    /// <summary>How many saves touching <typeparamref name="T"/> this process has seen.</summary>
    public static long Of<T>() where T : class => Interlocked.Read(ref Counter(typeof(T)).Value);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    // Also after the save: a cache that reloaded between the two saw the old rows under the new count.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Bumps the counters of the watched types the context tracks; bumping once too often only costs a reload.</summary>
    private static void Note(DbContext? context)
    {
        if (context is null || Counters.IsEmpty)
        {
            return;
        }

        // Without change detection: any tracked entity of a watched type counts, changed or not.
        var detect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var (type, counter) in Counters)
            {
                if (context.ChangeTracker.Entries().Any(e => e.Metadata.ClrType == type))
                {
                    Interlocked.Increment(ref counter.Value);
                }
            }
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static StrongBox<long> Counter(Type type) => Counters.GetOrAdd(type, _ => new StrongBox<long>());

    /// <summary>Starts watching <typeparamref name="T"/> (a cache calls this before its first load).</summary>
    public static void Watch<T>() where T : class => Counter(typeof(T));
}
