using CsCheck;
using GeoGraph.Text;

namespace GeoGraph.Text.Tests;

public sealed class TextPropertyTests
{
    // Arabic letters, marks, digits, quotes and terminators are over-represented so the generator hits the interesting
    // paths; the rest is any UTF-16 char, lone surrogates included.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.Char["أإآاىيةهوبلكسالـًٌٍَُِّْ٠١٢۳ک«»\".!?؟،\n 0123456789\u200F\u200C\uD800"].Array[0, 200].Select(a => new string(a)));

    [Fact]
    public void Analysis_never_throws_and_every_span_indexes_the_input()
    {
        Text.Sample(text =>
        {
            foreach (var analyzer in new[] { TextAnalyzers.Arabic, TextAnalyzers.English })
            {
                foreach (var s in analyzer.Analyze(text))
                {
                    Assert.InRange(s.Start, 0, text.Length);
                    Assert.InRange(s.End, s.Start, text.Length);
                    foreach (var t in s.Tokens)
                    {
                        Assert.InRange(t.Start, s.Start, s.End);
                        Assert.InRange(t.End, t.Start + 1, s.End);
                        Assert.NotEmpty(t.Readings);
                    }
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void Normalisation_into_a_buffer_never_changes_length()
    {
        Text.Sample(text =>
        {
            var buffer = new char[text.Length];
            TextNormalizer.NormalizeInto(text, buffer);
            Assert.Equal(text.Length, buffer.Length);
        }, iter: 1000);
    }
}
