using System.Globalization;
using System.Text;

namespace GeoGraph.Cli.Output;

/// <summary>A plain-text table with padded columns and a rule under the header; numbers align right.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Cells longer than this are cut with an ellipsis, so one long evidence does not wreck the layout.</summary>
    public int MaxCellWidth { get; init; } = 60;

    /// <summary>The number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">One cell per header; null prints empty.</param>
    /// <returns>This table.</returns>
    public TextTable Add(params object?[] cells)
    {
        _rows.Add(cells.Select(c => Cut(Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty)).ToArray());
        return this;
    }

    /// <summary>Writes the table.</summary>
    /// <param name="writer">The destination.</param>
    public void Write(TextWriter writer)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        var numeric = headers.Select(_ => true).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < widths.Length && i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
                numeric[i] &= row[i].Length == 0 || double.TryParse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            }
        }

        WriteRow(writer, headers, widths, new bool[widths.Length]);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths, numeric);
        }
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths, bool[] rightAlign)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            if (i > 0)
            {
                sb.Append("  ");
            }

            sb.Append(rightAlign[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        }

        writer.WriteLine(sb.ToString().TrimEnd());
    }

    private string Cut(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= MaxCellWidth ? s : string.Concat(s.AsSpan(0, MaxCellWidth - 1), "…");
    }
}
