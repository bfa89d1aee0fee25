using CsCheck;

namespace GeoGraph.Text.Tests.English;

public sealed class EnglishTextAnalyzerPropertyTests
{
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 200].Select(a => new string(a)),
        Gen.OneOfConst("U.S.", "Mr.", " ", "\n", ".", "'s", "’", "-", "—", "(Reuters)", "MOSCOW", "Putin", "3.5", "a.m.", "\"", "…", "n't", "\u200f", "é")
            .Array[0, 40].Select(a => string.Concat(a)));

    [Fact]
    public void Arbitrary_text_never_throws_and_every_span_indexes_it() =>
        Texts.Sample(text =>
        {
            var sentences = TextAnalyzers.English.Analyze(text);
            var previousEnd = 0;
            foreach (var s in sentences)
            {
                Assert.InRange(s.Start, previousEnd, text.Length);
                Assert.InRange(s.End, s.Start + 1, text.Length);
                previousEnd = s.End;
                var tokenEnd = s.Start;
                foreach (var t in s.Tokens)
                {
                    Assert.InRange(t.Start, tokenEnd, s.End - 1);
                    Assert.InRange(t.End, t.Start + 1, s.End);
                    Assert.NotEmpty(t.Norm);
                    tokenEnd = t.End;
                }
            }
        }, iter: 3000);

    [Fact]
    public void Every_letter_of_the_text_lands_in_a_token() =>
        Gen.OneOfConst("U.S.", "Mr.", " ", "\n", ".", "'s", "-", "Putin", "al-Assad", "3.5", "didn't", "O'Brien")
            .Array[1, 30].Select(a => string.Concat(a)).Sample(text =>
            {
                var covered = new bool[text.Length];
                foreach (var t in TextAnalyzers.English.Analyze(text).SelectMany(s => s.Tokens))
                {
                    for (var i = t.Start; i < t.End; i++)
                    {
                        covered[i] = true;
                    }
                }

                for (var i = 0; i < text.Length; i++)
                {
                    Assert.True(!char.IsLetterOrDigit(text[i]) || covered[i], $"'{text}' loses the character at {i}");
                }
            }, iter: 2000);
}
