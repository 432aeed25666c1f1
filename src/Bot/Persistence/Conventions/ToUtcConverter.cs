using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactCentre.Bot.Persistence.Conventions;

/// <summary>Npgsql writes timestamptz only from UTC values; local offsets are normalised on the way in.</summary>
public sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v);
