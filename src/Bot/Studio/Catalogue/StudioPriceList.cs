using System.Text.RegularExpressions;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Studio.Audit;
using ContactCentre.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Catalogue;

/// <summary>A product as the studio writes it.</summary>
public sealed record ProductInput(string? Name, string? Unit, string? UnitPlural, decimal? Price, IReadOnlyList<string>? Synonyms, string? Description, bool? Active);

/// <summary>A product as the studio shows it (the same fields the bot quotes from).</summary>
public sealed record ProductView(string Code, string Name, string Unit, string? UnitPlural, decimal Price, IReadOnlyList<string> Synonyms, string? Description, bool Active)
{
    public static ProductView From(Product p) => new(p.Code, p.Name, p.Unit, p.UnitPlural, p.UnitPrice, p.Synonyms, p.Description, p.Active);
}

/// <summary>
/// The price list the bot quotes from (R7): upsert by code, deactivate (never delete: quotes and sales name the
/// code). Every change is audited with the product before and after; the bot reads the table on each turn.
/// </summary>
public sealed partial class StudioPriceList(StoreFactory stores, AuditLog audit)
{
    public async Task<IReadOnlyList<ProductView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var products = await db.Products.AsNoTracking().ToListAsync(cancellationToken);
        return [.. products.OrderBy(p => p.Code, StringComparer.Ordinal).Select(ProductView.From)];
    }

    /// <summary>Creates or changes a product; the problem names the field when refused.</summary>
    public async Task<(ProductView? Product, bool Created, string? Problem)> UpsertAsync(string code, ProductInput input, string actor, CancellationToken cancellationToken)
    {
        if (Check(code, input) is { } problem)
        {
            return (null, false, problem);
        }

        await using var db = stores.Create();
        var product = await db.Products.FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        var before = product is null ? null : ProductView.From(product);
        if (product is null)
        {
            product = new Product { Code = code, Name = input.Name!.Trim(), Unit = input.Unit!.Trim(), UnitPrice = input.Price!.Value };
            db.Products.Add(product);
        }

        product.Name = input.Name!.Trim();
        product.Unit = input.Unit!.Trim();
        product.UnitPlural = string.IsNullOrWhiteSpace(input.UnitPlural) ? null : input.UnitPlural.Trim();
        product.UnitPrice = input.Price!.Value;
        product.Synonyms.Clear();
        product.Synonyms.AddRange((input.Synonyms ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        product.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        product.Active = input.Active ?? true;
        var after = ProductView.From(product);
        if (before is not null && Same(before, after))
        {
            return (after, false, null); // nothing changed: no new version
        }

        await audit.RecordAsync(db, "product", code, before is null ? "created" : "updated", actor, before, after, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (after, before is null, null);
    }

    /// <summary>Takes a product off the price list (the bot stops quoting it); false when there is no such product.</summary>
    public async Task<bool> DeactivateAsync(string code, string actor, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var product = await db.Products.FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (product is null)
        {
            return false;
        }

        if (product.Active)
        {
            var before = ProductView.From(product);
            product.Active = false;
            await audit.RecordAsync(db, "product", code, "deactivated", actor, before, ProductView.From(product), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    public static string? Check(string code, ProductInput input)
    {
        if (!Code().IsMatch(code ?? ""))
        {
            return $"Product code '{code}' is not valid: up to 64 letters, digits, '.', '_' or '-'.";
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            return $"Product '{code}': 'name' is required (up to 200 characters).";
        }

        if (string.IsNullOrWhiteSpace(input.Unit) || input.Unit.Length > 64 || input.UnitPlural?.Length > 64)
        {
            return $"Product '{code}': 'unit' is required (up to 64 characters), e.g. advogado.";
        }

        if (input.Price is not { } price || price <= 0 || price > 10_000_000 || decimal.Round(price, 2) != price)
        {
            return $"Product '{code}': 'price' must be a positive amount in reais with at most 2 decimals.";
        }

        if (input.Synonyms is { } synonyms && (synonyms.Count > 50 || synonyms.Any(s => s is null || s.Length > 100)))
        {
            return $"Product '{code}': at most 50 synonyms of up to 100 characters each.";
        }

        return input.Description?.Length > 2000 ? $"Product '{code}': 'description' is longer than 2000 characters." : null;
    }

    private static bool Same(ProductView a, ProductView b) =>
        a with { Synonyms = [] } == b with { Synonyms = [] } && a.Synonyms.SequenceEqual(b.Synonyms, StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex Code();
}
