using GeoGraph.Extraction.Engine;
using GeoGraph.Text;

namespace GeoGraph.Extraction.Tests;

/// <summary>
/// Lexicon.Has answers from bits memoised on a word's shared reading list. These tests pin the answers to what the
/// lists say: per reading stem, per lexicon (a memo of another lexicon is not trusted), and after lists change.
/// </summary>
public sealed class LexiconTests
{
    private static Token Word(string text) => TextAnalyzers.Arabic.Analyze(text).Single().Tokens.Single();

    [Fact]
    public void A_list_matches_any_reading_stem_of_the_token()
    {
        var lex = Lexicon.Parse("""{ "speech": ["قال"], "negation": ["لم"] }""");

        // «وقال» = و + قال: the stem reading is in the list, the whole token is not.
        Assert.True(lex.Has("speech", Word("وقال")));
        Assert.False(lex.Has("negation", Word("وقال")));
        Assert.False(lex.Has("speech", Word("قالب")));
        Assert.False(lex.Has("no_such_list", Word("قال")));
    }

    [Fact]
    public void A_list_name_built_at_run_time_finds_the_same_list_as_a_literal()
    {
        var lex = Lexicon.Parse("""{ "month_1": ["يناير"] }""");
        var name = "month_" + 1.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(lex.Has(name, Word("يناير")));
        Assert.True(lex.Has("month_1", Word("يناير")));
    }

    [Fact]
    public void Two_lexicons_probing_the_same_shared_word_do_not_read_each_others_memo()
    {
        var a = Lexicon.Parse("""{ "cue": ["طرد"] }""");
        var b = Lexicon.Parse("""{ "cue": ["زار"] }""");

        // The Arabic analyser shares one reading list per word, so both lexicons memoise on the same object in turn.
        for (var round = 0; round < 3; round++)
        {
            Assert.True(a.Has("cue", Word("طرد")));
            Assert.False(b.Has("cue", Word("طرد")));
            Assert.True(b.Has("cue", Word("زار")));
            Assert.False(a.Has("cue", Word("زار")));
        }
    }

    [Fact]
    public void A_derived_list_added_after_probing_is_seen_and_must_be_marked_as_derived()
    {
        var lex = Lexicon.Parse("""{ "speech": ["قال"] }""");
        Assert.False(lex.Has("@extra", Word("أعلن")));

        lex.AddDerived("@extra", [TextNormalizer.Normalize("أعلن")]);

        Assert.True(lex.Has("@extra", Word("وأعلن")));
        Assert.True(lex.Has("speech", Word("قال")));
        Assert.Throws<ArgumentException>(() => lex.AddDerived("extra", ["x"]));
    }

    [Fact]
    public void A_merged_lexicon_file_extends_a_list_already_probed()
    {
        var lex = Lexicon.Parse("""{ "deny": ["نفى"] }""");
        Assert.False(lex.Has("deny", Word("كذب")));

        Lexicon.Parse("""{ "deny": ["كذب"] }""", lex);

        Assert.True(lex.Has("deny", Word("كذب")));
        Assert.True(lex.Has("deny", Word("نفى")));
    }

    private static Token English(string text) => TextAnalyzers.English.Analyze(text).Single().Tokens[0];

    [Fact]
    public void Derived_flags_come_back_per_word_beside_the_lists_and_only_from_their_own_group()
    {
        var lex = Lexicon.Parse("""{ "speech": ["said"], "coordinators": ["and"] }""");

        // More than 64 lists before the groups, so the group words sit past a full word of list bits.
        for (var n = 0; n < 70; n++)
        {
            lex.AddDerived("@list" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), n == 69 ? ["said"] : ["zzz"]);
        }

        lex.AddDerivedFlags("@classes", [new("said", 0b101UL), new("minister", 1UL << 63), new("and", 0UL)]);
        lex.AddDerivedFlags("@other", [new("said", 0b10UL)]);
        var classes = lex.FlagGroup("@classes");
        var other = lex.FlagGroup("@other");

        Assert.True(classes >= 0 && other >= 0 && classes != other);
        Assert.Equal(-1, lex.FlagGroup("@missing"));
        Assert.Equal(0b101UL, lex.FlagsAt(classes, English("said")));
        Assert.Equal(0b10UL, lex.FlagsAt(other, English("said")));
        Assert.Equal(1UL << 63, lex.FlagsAt(classes, English("Minister")));
        Assert.Equal(0UL, lex.FlagsAt(classes, English("and")));
        Assert.Equal(0UL, lex.FlagsAt(classes, English("Moscow")));

        // The lists are untouched by the flags that share their memo.
        Assert.True(lex.Has("speech", English("said")));
        Assert.True(lex.Has("@list69", English("said")));
        Assert.False(lex.Has("@list68", English("said")));
        Assert.True(lex.Has("coordinators", English("and")));
        Assert.False(lex.Has("speech", English("minister")));
        Assert.Throws<ArgumentException>(() => lex.AddDerivedFlags("classes", []));
    }

    [Fact]
    public void A_probe_by_bit_at_a_sentence_position_answers_as_the_probe_by_name_of_that_token()
    {
        var lex = Lexicon.Parse("""{ "speech": ["said"], "coordinators": ["and"] }""");
        lex.AddDerived("@names", ["moscow", "paris"]);
        var sentence = new SentenceState(TextAnalyzers.English.Analyze("Moscow and Paris said and said nothing.").Single());
        string[] lists = ["speech", "coordinators", "@names", "no_such_list"];

        foreach (var list in lists)
        {
            var bit = lex.BitOf(list);
            for (var i = 0; i < sentence.Count; i++)
            {
                Assert.Equal(lex.Has(list, sentence.Tokens[i]), lex.Has(bit, sentence, i));
            }
        }

        Assert.Equal(-1, lex.BitOf("no_such_list"));
        Assert.True(lex.Has(lex.BitOf("@names"), sentence, 0));
        Assert.False(lex.Has(lex.BitOf("@names"), sentence, 1));
        Assert.True(lex.AnyToken("speech", sentence));

        // A list added later rebuilds the index; the sentence's gathered bits are then gathered again.
        lex.AddDerived("@nothing", ["nothing"]);
        Assert.True(lex.Has(lex.BitOf("@nothing"), sentence, 6));
        Assert.True(lex.Has(lex.BitOf("speech"), sentence, 3));
    }
}
