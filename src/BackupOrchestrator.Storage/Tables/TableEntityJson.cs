using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace BackupOrchestrator.Storage.Tables;

/// <summary>
/// The OData JSON (minimal metadata) form of an entity: non-default types carry a "Name@odata.type" annotation
/// (Edm.Int64, Edm.DateTime, Edm.Guid, Edm.Binary, Edm.Double); int32, bool and string are plain JSON values.
/// </summary>
internal static class TableEntityJson
{
    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("PartitionKey", entity.PartitionKey);
        writer.WriteString("RowKey", entity.RowKey);
        foreach (var (name, value) in entity.Properties)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
            {
                continue;
            }

            switch (value)
            {
                case null:
                    writer.WriteNull(name);
                    break;
                case string s:
                    writer.WriteString(name, s);
                    break;
                case bool b:
                    writer.WriteBoolean(name, b);
                    break;
                case int i:
                    writer.WriteNumber(name, i);
                    break;
                case long l:
                    writer.WriteString(name + "@odata.type", "Edm.Int64");
                    writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                    break;
                case double d:
                    writer.WriteString(name + "@odata.type", "Edm.Double");
                    if (double.IsFinite(d))
                    {
                        writer.WriteNumber(name, d);
                    }
                    else
                    {
                        writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                    }

                    break;
                case DateTimeOffset dto:
                    writer.WriteString(name + "@odata.type", "Edm.DateTime");
                    writer.WriteString(name, FormatDate(dto));
                    break;
                case DateTime dt:
                    writer.WriteString(name + "@odata.type", "Edm.DateTime");
                    writer.WriteString(name, FormatDate(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt.ToUniversalTime())));
                    break;
                case Guid g:
                    writer.WriteString(name + "@odata.type", "Edm.Guid");
                    writer.WriteString(name, g.ToString("D"));
                    break;
                case byte[] bytes:
                    writer.WriteString(name + "@odata.type", "Edm.Binary");
                    writer.WriteBase64String(name, bytes);
                    break;
                case float f:
                    writer.WriteString(name + "@odata.type", "Edm.Double");
                    writer.WriteNumber(name, f);
                    break;
                case Enum e:
                    writer.WriteString(name, e.ToString());
                    break;
                default:
                    throw new ArgumentException($"Table entity ({entity.PartitionKey}, {entity.RowKey}): property '{name}' has type {value.GetType().Name}, which tables cannot store. Use string, bool, int, long, double, DateTimeOffset, Guid or byte[].");
            }
        }

        writer.WriteEndObject();
    }

    public static byte[] Serialize(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, entity);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static TableEntity Read(JsonElement element)
    {
        var entity = new TableEntity();
        Dictionary<string, string>? types = null;
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var at = name.IndexOf("@odata.type", StringComparison.Ordinal);
            if (at > 0)
            {
                (types ??= new Dictionary<string, string>(StringComparer.Ordinal))[name[..at]] = property.Value.GetString() ?? string.Empty;
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            switch (name)
            {
                case "PartitionKey":
                    entity.PartitionKey = value.GetString() ?? string.Empty;
                    continue;
                case "RowKey":
                    entity.RowKey = value.GetString() ?? string.Empty;
                    continue;
                case "odata.etag":
                    entity.ETag = value.GetString();
                    continue;
                case "Timestamp":
                    entity.Timestamp = ParseDate(value.GetString());
                    continue;
            }

            if (name.StartsWith("odata.", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            string? type = null;
            types?.TryGetValue(name, out type);
            entity.Properties[name] = Convert(value, type);
        }

        return entity;
    }

    private static object? Convert(JsonElement value, string? type)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (type)
        {
            case "Edm.Int64":
                return value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64();
            case "Edm.Double":
                return value.ValueKind == JsonValueKind.String
                    ? value.GetString() switch { "NaN" => double.NaN, "Infinity" => double.PositiveInfinity, "-Infinity" => double.NegativeInfinity, var s => double.Parse(s!, CultureInfo.InvariantCulture) }
                    : value.GetDouble();
            case "Edm.DateTime":
                return ParseDate(value.GetString());
            case "Edm.Guid":
                return Guid.Parse(value.GetString()!);
            case "Edm.Binary":
                return value.GetBytesFromBase64();
            case "Edm.Int32":
                return value.GetInt32();
            case "Edm.Boolean":
                return value.GetBoolean();
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.TryGetInt32(out var i) ? (object)i : value.GetDouble(),
            _ => value.GetRawText(),
        };
    }

    private static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseDate(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
