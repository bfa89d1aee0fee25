using System.Globalization;
using System.Text;

namespace GeoGraph.Cli.Neo4j;

/// <summary>Prints records as cypher-shell does: a boxed table, then the row count.</summary>
internal static class CypherTable
{
    /// <summary>Writes the table.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="keys">The column names.</param>
    /// <param name="rows">The values, one array per record, in column order.</param>
    public static void Write(TextWriter writer, IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        if (keys.Count > 0)
        {
            var cells = rows.Select(r => r.Select(v => CypherValueText.Format(v).ReplaceLineEndings(" ")).ToArray()).ToList();
            var widths = keys.Select((k, i) => Math.Max(Width(k), cells.Count == 0 ? 0 : cells.Max(c => Width(c[i])))).ToArray();
            var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
            writer.WriteLine(rule);
            WriteRow(writer, keys, widths);
            writer.WriteLine(rule);
            foreach (var row in cells)
            {
                WriteRow(writer, row, widths);
            }

            if (cells.Count > 0)
            {
                writer.WriteLine(rule);
            }

            writer.WriteLine();
        }

        writer.WriteLine(rows.Count == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows"));
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells, int[] widths)
    {
        var sb = new StringBuilder("|");
        for (var i = 0; i < widths.Length; i++)
        {
            sb.Append(' ').Append(cells[i]).Append(' ', widths[i] - Width(cells[i]) + 1).Append('|');
        }

        writer.WriteLine(sb.ToString());
    }

    // Text elements, not UTF-16 units: an Arabic name with combining marks must not push the column out.
    private static int Width(string text) => new StringInfo(text).LengthInTextElements;
}
