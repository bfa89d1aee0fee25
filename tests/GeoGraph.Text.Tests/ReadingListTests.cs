namespace GeoGraph.Text.Tests;

public sealed class ReadingListTests
{
    private static readonly Reading Whole = new(string.Empty, "وبروسيا", string.Empty);
    private static readonly Reading Split = new("وب", "روسيا", string.Empty);

    [Fact]
    public void Foreach_LINQ_and_the_indexer_see_the_same_readings_in_order()
    {
        var list = new ReadingList([Whole, Split]);
        var seen = new List<Reading>();
        foreach (var r in list)
        {
            seen.Add(r);
        }

        Assert.Equal([Whole, Split], seen);
        Assert.Equal([Whole, Split], list.ToList());
        Assert.Equal(2, list.Count);
        Assert.Equal(Split, list[1]);
    }

    [Fact]
    public void A_single_reading_is_a_list_of_one()
    {
        var list = new ReadingList(Whole);
        Assert.Single(list);
        Assert.Equal(Whole, list[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Equal([Whole], new ReadingList([Whole]).ToArray());
    }

    [Fact]
    public void Tokens_from_the_Arabic_analyser_keep_their_readings()
    {
        var token = TextAnalyzers.Arabic.Analyze("وبروسيا").Single().Tokens.Single();
        Assert.Equal(TextAnalyzers.Arabic.Readings("وبروسيا"), token.Readings.ToList());
        Assert.Contains(token.Readings, r => r.Stem == "روسيا" && r.Prefix == "وب");
    }
}
