using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Runtime;

/// <summary>
/// The active products, read once and shared by every turn instead of queried per turn. Reloaded at once after
/// a save touching products in this process, and at most <see cref="RecheckInterval"/> after a change made
/// elsewhere (another node, a manual edit), the same bound the flow catalog keeps for published flows.
/// The list handed out is never changed, so understanding may key its own caches on the instance.
/// </summary>
public sealed class PriceListCache(StoreFactory stores, TimeProvider clock)
{
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private Snapshot? _current;

    public async Task<IReadOnlyList<Product>> ActiveProductsAsync(CancellationToken cancellationToken)
    {
        StoreChanges.Watch<Product>();
        var current = Volatile.Read(ref _current);
        var generation = StoreChanges.Of<Product>();
        if (current is not null && current.Generation == generation && clock.GetElapsedTime(current.LoadedAt) < RecheckInterval)
        {
            return current.Products;
        }

        var loadedAt = clock.GetTimestamp();
        await using var db = stores.Create();
        var products = await db.Products.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Code).ToListAsync(cancellationToken);

        // Unchanged rows keep the instance the understanding already indexed.
        var kept = current is not null && SameRows(current.Products, products) ? current.Products : products.AsReadOnly();
        Volatile.Write(ref _current, new Snapshot(kept, generation, loadedAt));
        return kept;
    }

    private static bool SameRows(IReadOnlyList<Product> cached, List<Product> loaded) =>
        cached.Count == loaded.Count && cached.Zip(loaded).All(pair => SameRow(pair.First, pair.Second));

    private static bool SameRow(Product a, Product b) =>
        a.Code == b.Code && a.Name == b.Name && a.Unit == b.Unit && a.UnitPlural == b.UnitPlural && a.UnitPrice == b.UnitPrice
        && a.Description == b.Description && a.Active == b.Active && a.Synonyms.SequenceEqual(b.Synonyms);

    private sealed record Snapshot(IReadOnlyList<Product> Products, long Generation, long LoadedAt);
}
