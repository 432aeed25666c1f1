using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactCentre.Bot.Persistence.Conventions;

/// <summary>DateTimeOffset ⇄ UTC ticks: order-preserving across offsets, exact, and comparable in SQLite.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
