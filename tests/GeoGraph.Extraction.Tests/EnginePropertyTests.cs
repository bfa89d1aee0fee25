using CsCheck;
using GeoGraph.Core.Model;

namespace GeoGraph.Extraction.Tests;

public sealed class EnginePropertyTests
{
    // News-like fragments spliced with arbitrary characters: random text alone rarely reaches the rules.
    private static readonly string[] Fragments =
    [
        "طردت موسكو دبلوماسيا بريطانيا", "الرئيس الروسي فلاديمير بوتين", "«إيه آر دي»", "التي تقودها موسكو", "زودتها بها كل من",
        "وهو ما نفته ألمانيا", "سترد بالمثل على برلين", "الأربعاء", "7500", "43%", "\n", "،", ".", "«", "»", "ـ", "\u200F", "ً",
        "Russia expelled", "President Putin", "وزير الخارجية", "نظيره", "البلدين", "الأخيرة", "لم", "سوف",
    ];

    private static readonly Gen<string> NewsText = Gen.OneOf(
        Gen.String,
        Gen.OneOf(Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]), Gen.String[0, 5]).Array[0, 40].Select(a => string.Join(' ', a)));

    [Fact]
    public void Any_text_extracts_without_throwing_and_evidence_indexes_it()
    {
        var engine = DevSet.Engine;
        NewsText.Sample(text =>
        {
            foreach (var lang in new[] { "ar", "en" })
            {
                foreach (var s in engine.Extract(new Article("p", text, lang) { Date = "2024-11-28" }))
                {
                    Assert.InRange(s.Evidence.Start, 0, text.Length);
                    Assert.InRange(s.Evidence.End, s.Evidence.Start, text.Length);
                    Assert.Equal(text[s.Evidence.Start..s.Evidence.End], s.Evidence.Text);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Extraction_is_thread_safe_and_deterministic()
    {
        var articles = DevSet.Articles("ar").Select(a => a.Article).ToList();
        if (articles.Count == 0)
        {
            return;
        }

        var sequential = articles.Select(a => string.Join('\n', DevSet.Engine.Extract(a).Select(s => s.Id))).ToList();
        var parallel = new string[articles.Count];
        Parallel.For(0, articles.Count * 4, i => parallel[i % articles.Count] = string.Join('\n', DevSet.Engine.Extract(articles[i % articles.Count]).Select(s => s.Id)));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Empty_and_degenerate_articles_yield_nothing()
    {
        Assert.Empty(DevSet.Engine.Extract(new Article("e", string.Empty, "ar")));
        Assert.Empty(DevSet.Engine.Extract(new Article("e", "   \n\n  ", "ar")));
        Assert.Empty(DevSet.Engine.Extract(new Article("e", "«»«»..؟", "xx")));
    }
}
