using GeoGraph.Text.English;

namespace GeoGraph.Text.Tests.English;

/// <summary>
/// The English word cache hands out one shared reading list per folded word, through a direct-mapped front table
/// whose slots words share: a hit must be the word asked for, never the other word of its slot.
/// </summary>
public sealed class EnglishWordCacheTests
{
    [Fact]
    public void The_same_word_gets_the_same_list_and_its_own_stem()
    {
        var a = EnglishWordCache.Of("ministry");
        var b = EnglishWordCache.Of("ministry".AsSpan());

        Assert.Same(a, b);
        Assert.Equal("ministry", a[0].Stem);
        Assert.Single(a);
    }

    [Fact]
    public void Two_words_of_one_front_slot_each_get_their_own_list()
    {
        // Find two words that the front table puts in the same slot, then read them in turn: each read replaces the
        // slot, and the other word must still come back as itself.
        var bySlot = new Dictionary<int, string>();
        string? first = null;
        string? second = null;
        for (var n = 0; first is null; n++)
        {
            var w = "w" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var slot = EnglishWordCache.SlotOf(EnglishWordCache.HashOf(w));
            if (bySlot.TryGetValue(slot, out var other))
            {
                (first, second) = (other, w);
            }

            bySlot[slot] = w;
        }

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(first, EnglishWordCache.Of(first.AsSpan())[0].Stem);
            Assert.Equal(second, EnglishWordCache.Of(second!.AsSpan())[0].Stem);
        }

        Assert.Same(EnglishWordCache.Of(first.AsSpan()), EnglishWordCache.Of(first.AsSpan()));
    }

    [Fact]
    public void The_hash_taken_while_folding_is_the_hash_of_the_folded_word()
    {
        var token = EnglishTokenizer.Tokenize("Zakharova's", 0, "Zakharova's".Length)[0];

        Assert.Equal("zakharova", token.Norm);
        Assert.Same(EnglishWordCache.Of("zakharova".AsSpan()), token.Readings);
    }
}
