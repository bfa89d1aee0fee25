using System.Text;
using GeoGraph.Core.Schema;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>Claims (status and attribution), time qualifiers, the readings English must not produce, and the check
/// that every English rule has a sentence in <see cref="EnglishRuleTests"/>.</summary>
public sealed class EnglishClaimsAndPrecisionTests
{
    [Theory]
    [InlineData("Russia expelled two German diplomats on Monday.", "asserted", null)]
    [InlineData("Russia did not expel the German diplomats.", "negated", null)]
    [InlineData("Russia didn't expel the German diplomats.", "negated", null)]
    [InlineData("Russia will expel two German diplomats.", "planned", null)]
    [InlineData("Russia plans to expel two German diplomats.", "planned", null)]
    [InlineData("Ukraine said Russia expelled two German diplomats.", "reported", "Ukraine")]
    [InlineData("Germany said Russia expelled two German diplomats, which Moscow denied.", "disputed", "Germany")]
    public void The_status_of_a_claim_follows_its_cue_words(string sentence, string status, string? attributedTo)
    {
        var s = Assert.Single(EnglishRuleTests.Extract(sentence), x => x.Predicate == Predicate.Expelled);
        Assert.Equal(status, s.Status.ToString().ToLowerInvariant());
        Assert.Equal(attributedTo, s.AttributedTo?.Name);
    }

    [Theory]
    [InlineData("Russia expelled two German diplomats on Tuesday.", "2024-03-12")]
    [InlineData("Russia expelled two German diplomats yesterday.", "2024-03-14")]
    [InlineData("Russia expelled two German diplomats on Dec. 23, 2023.", "2023-12-23")]
    [InlineData("Russia expelled two German diplomats in January.", "2024-01")]
    [InlineData("Russia expelled two German diplomats in 2022.", "2022")]
    public void Time_is_resolved_against_the_article_date(string sentence, string time)
    {
        var s = Assert.Single(EnglishRuleTests.Extract(sentence, "2024-03-15"), x => x.Predicate == Predicate.Expelled);
        Assert.Equal(time, s.Qualifiers.GetValueOrDefault("time"));
    }

    [Theory]
    [InlineData("All of us agreed the plan was sound.")]
    [InlineData("They sold china and porcelain to collectors.")]
    [InlineData("The attack on the convoy was condemned.")]
    public void Common_words_and_nouns_do_not_make_statements(string sentence) =>
        Assert.Empty(EnglishRuleTests.Extract(sentence));

    [Theory]
    [InlineData("In Washington, Kushner met Kim Darroch.", "United States")]
    [InlineData("Flynn phoned the U.N. missions of Uruguay and Malaysia, and Kushner spoke with Kim Darroch.", "Malaysia")]
    [InlineData("Israeli officials contacted Trump's transition team.", "Donald Trump")]
    public void A_clause_boundary_or_a_possessor_is_not_an_argument(string sentence, string notAnArgument) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Predicate == Predicate.MetWith && (s.Subject.Name == notAnArgument || s.Object.Name == notAnArgument));

    [Fact]
    public void Every_English_rule_has_a_sentence()
    {
        var asm = typeof(ExtractionEngine).Assembly;
        var ids = new List<string>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("rules/en/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(asm.GetManifestResourceStream(name)!, Encoding.UTF8);
            ids.AddRange((JObject.Parse(reader.ReadToEnd())["rules"] as JArray)?.Select(r => r.Value<string>("id")!) ?? []);
        }

        var tested = EnglishRuleTests.Cases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.True(ids.Count > 40, $"only {ids.Count} English rules loaded");
        Assert.DoesNotContain(ids, id => !tested.Contains(id));
    }
}
