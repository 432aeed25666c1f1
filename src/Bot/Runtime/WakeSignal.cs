namespace ContactCentre.Bot.Runtime;

/// <summary>
/// Wakes a background loop right away instead of at its next poll. Many notifications before the
/// loop wakes collapse into one, which is all a "there is new work" hint needs.
/// </summary>
public abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every notification before it.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        _signal.Dispose();
        GC.SuppressFinalize(this);
    }
}
