using System.Globalization;
using System.Text.Json;

namespace GitGoods.Hosting.Logging;

/// <summary>
/// The one place where a value enters a log line. Every key, standard or extra, is written through here,
/// so redaction of secrets and personal data can be added in this class alone and cover every line.
/// </summary>
internal static class LogFieldWriter
{
    public static void WriteString(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, value);
        }
    }

    /// <summary>Writes numbers, booleans and dates natively and anything else as its invariant string (no reflection).</summary>
    public static void WriteValue(Utf8JsonWriter writer, string key, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(key);
                break;
            case string text:
                writer.WriteString(key, text);
                break;
            case bool flag:
                writer.WriteBoolean(key, flag);
                break;
            case int number:
                writer.WriteNumber(key, number);
                break;
            case long number:
                writer.WriteNumber(key, number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumber(key, number);
                break;
            case decimal number:
                writer.WriteNumber(key, number);
                break;
            case DateTimeOffset time:
                writer.WriteString(key, time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                writer.WritePropertyName(key);
                element.WriteTo(writer);
                break;
            case IFormattable formattable:
                writer.WriteString(key, formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteString(key, value.ToString());
                break;
        }
    }

    public static void WriteException(Utf8JsonWriter writer, Exception exception)
    {
        writer.WriteStartObject("exception");
        WriteString(writer, "type", exception.GetType().FullName);
        WriteString(writer, "message", exception.Message);
        WriteString(writer, "stack_trace", exception.ToString());
        writer.WriteEndObject();
    }
}
