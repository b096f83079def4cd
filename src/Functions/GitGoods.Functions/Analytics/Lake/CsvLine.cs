namespace GitGoods.Analytics.Lake;

/// <summary>
/// One CSV record as the lake's <see cref="LakeFormat.Csv"/> tables hold it: RFC 4180 quoting (a value holding a comma,
/// a double quote, CR or LF is wrapped in double quotes, and each double quote inside it doubled), no header, ended by LF.
/// A value that needs no quoting is written bare, so an empty value is an empty field.
/// </summary>
public static class CsvLine
{
    public static string Format(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(',', values.Select(Quote)) + "\n";
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
