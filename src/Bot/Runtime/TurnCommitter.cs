using System.Collections.Concurrent;
using ContactCentre.Bot.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Runtime;

/// <summary>
/// Group commit for turns on SQLite. SQLite has one writer at a time, so many turns each opening their own
/// write transaction queue on the file lock (busy waits are what made p99 seconds long). Here one writer
/// thread takes every turn waiting at that moment and saves them in one transaction, each inside its own
/// savepoint: a turn that fails (duplicate claim, conflict, constraint) is rolled back to its savepoint and
/// the others still commit. Every turn's task completes only after the transaction holding it committed,
/// so the provider's acknowledgement still follows the commit. PostgreSQL saves each turn directly.
/// </summary>
public sealed class TurnCommitter : IDisposable
{
    /// <summary>Enough to absorb every concurrent turn of a busy node; bounded so one batch never holds the lock for long.</summary>
    public const int MaxBatch = 128;

    private readonly StoreFactory _stores;
    private readonly ILogger<TurnCommitter> _logger;
    private readonly BlockingCollection<Pending> _queue = [];
    private readonly Lazy<Thread> _writer;
    private SqliteConnection? _connection;

    public TurnCommitter(StoreFactory stores, ILogger<TurnCommitter> logger)
    {
        _stores = stores;
        _logger = logger;
        _writer = new Lazy<Thread>(() =>
        {
            var thread = new Thread(Run) { IsBackground = true, Name = "turn-committer" };
            thread.Start();
            return thread;
        });
    }

    /// <summary>Saves the turn's unit of work; completes after its commit, or faults with the turn's own failure.</summary>
    public Task CommitAsync(ContactCentreDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_stores.Options.IsPostgres || db.Database.CurrentTransaction is not null)
        {
            return SaveDirectlyAsync(db, cancellationToken);
        }

        // Once queued a turn is not withdrawn: cancelling a commit that may already be in the file would
        // leave the caller unsure whether its claim was written.
        var pending = new Pending(db);
        _ = _writer.Value;
        _queue.Add(pending, cancellationToken);
        return pending.Done.Task;
    }

    /// <summary>
    /// PostgreSQL takes concurrent writers well; and a turn that already holds a transaction (the cluster's
    /// per-conversation lock lives in it) commits that transaction itself.
    /// </summary>
    private static async Task SaveDirectlyAsync(ContactCentreDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (db.Database.CurrentTransaction is { } transaction)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private void Run()
    {
        var batch = new List<Pending>(MaxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            try
            {
                CommitBatch(batch);
            }
            catch (Exception e)
            {
                // The batch as a whole failed (the commit itself, or the file lock never came): each turn
                // gets its own transaction, so one cause cannot take the others down with it.
                _logger.LogWarning(e, "Group commit of {Count} turns failed; committing them one by one.", batch.Count);
                ResetConnection();
                foreach (var pending in batch.Where(p => p.Outcome is null or Outcome.Saved))
                {
                    CommitAlone(pending);
                }
            }

            foreach (var pending in batch)
            {
                pending.Finish();
            }

            batch.Clear();
        }

        ResetConnection();
    }

    private void CommitBatch(List<Pending> batch)
    {
        var connection = Connection();
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            foreach (var pending in batch)
            {
                transaction.Save("turn");
                try
                {
                    Save(pending.Db, connection, transaction);
                    transaction.Release("turn");
                    pending.Outcome = Outcome.Saved;
                }
                catch (Exception e)
                {
                    transaction.Rollback("turn");
                    transaction.Release("turn");
                    pending.Fail(e);
                }
                finally
                {
                    Detach(pending.Db);
                }
            }

            transaction.Commit();
        }

        foreach (var pending in batch.Where(p => p.Outcome == Outcome.Saved))
        {
            pending.Committed();
        }
    }

    private void CommitAlone(Pending pending)
    {
        try
        {
            var connection = Connection();
            using var transaction = connection.BeginTransaction(deferred: false);
            try
            {
                Save(pending.Db, connection, transaction);
            }
            finally
            {
                Detach(pending.Db);
            }

            transaction.Commit();
            pending.Committed();
        }
        catch (Exception e)
        {
            ResetConnection();
            pending.Fail(e);
        }
    }

    /// <summary>Saves on the writer's connection inside its transaction, keeping the changes pending until the commit succeeds.</summary>
    private static void Save(ContactCentreDbContext db, SqliteConnection connection, SqliteTransaction transaction)
    {
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        db.Database.UseTransaction(transaction);
        db.Database.AutoSavepointsEnabled = false;
        db.SaveChanges(acceptAllChangesOnSuccess: false);
    }

    /// <summary>The turn's context leaves with a connection of its own, never the writer's (contexts are not thread-safe).</summary>
    private void Detach(ContactCentreDbContext db)
    {
        db.Database.UseTransaction(null);
        db.Database.SetDbConnection(new SqliteConnection(_stores.Options.ConnectionString), contextOwnsConnection: true);
    }

    private SqliteConnection Connection()
    {
        if (_connection is null)
        {
            _connection = new SqliteConnection(_stores.Options.ConnectionString);
            _connection.Open();
            SqlitePragmas.Apply(_connection);
        }

        return _connection;
    }

    private void ResetConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        if (_writer.IsValueCreated)
        {
            _writer.Value.Join();
        }

        _queue.Dispose();
    }

    private enum Outcome
    {
        Saved,
        Committed,
        Failed,
    }

    private sealed class Pending(ContactCentreDbContext db)
    {
        private Exception? _error;

        public ContactCentreDbContext Db { get; } = db;
        public Outcome? Outcome { get; set; }
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Committed()
        {
            Db.ChangeTracker.AcceptAllChanges();
            Outcome = Runtime.TurnCommitter.Outcome.Committed;
        }

        public void Fail(Exception error)
        {
            _error = error;
            Outcome = Runtime.TurnCommitter.Outcome.Failed;
        }

        /// <summary>Answers the waiting turn only once the batch is over, so no turn hears "done" before its commit.</summary>
        public void Finish()
        {
            if (Outcome == Runtime.TurnCommitter.Outcome.Committed)
            {
                Done.TrySetResult();
            }
            else
            {
                Done.TrySetException(_error ?? new InvalidOperationException("The turn was not committed."));
            }
        }
    }
}
