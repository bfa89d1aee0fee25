using System.Text;
using System.Text.RegularExpressions;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>
/// The micro-averaged scoring of ../shared/eval/score.py, for floor tests that must run where Python does not: a
/// prediction matches a gold triple when the predicate is equal and the subject and object each share a normalised
/// name (name or label) with the gold entity's name and aliases; symmetric predicates match either way; optional gold
/// triples neither count nor cost; several predictions of one gold triple count once.
/// </summary>
internal static partial class DevScorer
{
    public static (double F1, double Precision, double Recall, int Tp, int Fp, int Fn) Score(IEnumerable<(JObject Gold, IReadOnlyList<Statement> Predicted)> articles)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (gold, predicted) in articles)
        {
            var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var e in gold["entities"]!.OfType<JObject>())
            {
                var set = new HashSet<string>(StringComparer.Ordinal) { Norm(e.Value<string>("name")) };
                set.UnionWith(e["aliases"]!.Select(a => Norm(a.Value<string>())));
                names[e.Value<string>("key")!] = set;
            }

            var triples = gold["triples"]!.OfType<JObject>().ToList();
            var matched = new bool[triples.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in predicted)
            {
                var s = Names(p.Subject);
                var o = Names(p.Object);
                var predicate = p.Predicate.ToSchemaName();
                if (!seen.Add($"{string.Join('|', s.Order(StringComparer.Ordinal))}\t{predicate}\t{string.Join('|', o.Order(StringComparer.Ordinal))}"))
                {
                    continue;
                }

                var symmetric = RelationSchema.Info(p.Predicate).Symmetric;
                int? hit = null;
                for (var i = 0; i < triples.Count; i++)
                {
                    var g = triples[i];
                    if (g.Value<string>("p") != predicate)
                    {
                        continue;
                    }

                    var gs = names[g.Value<string>("s")!];
                    var go = names[g.Value<string>("o")!];
                    if ((s.Overlaps(gs) && o.Overlaps(go)) || (symmetric && s.Overlaps(go) && o.Overlaps(gs)))
                    {
                        if (hit is null || (triples[hit.Value].Value<bool>("optional") && !g.Value<bool>("optional")))
                        {
                            hit = i;
                        }
                    }
                }

                if (hit is null)
                {
                    fp++;
                    continue;
                }

                if (triples[hit.Value].Value<bool>("optional") || matched[hit.Value])
                {
                    continue;
                }

                matched[hit.Value] = true;
                tp++;
            }

            fn += triples.Where((g, i) => !g.Value<bool>("optional") && !matched[i]).Count();
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (f1, precision, recall, tp, fp, fn);
    }

    private static HashSet<string> Names(Entity e)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Norm(e.Name) };
        set.UnionWith(e.Labels.Values.Select(Norm));
        set.Remove(string.Empty);
        return set;
    }

    /// <summary>score.py's norm(): lower case, Arabic letter variants and diacritics, punctuation runs to a space,
    /// a leading "the " dropped.</summary>
    internal static string Norm(string? s)
    {
        var sb = new StringBuilder();
        foreach (var c in (s ?? string.Empty).ToLowerInvariant())
        {
            if (c is (>= '\u0610' and <= '\u061a') or (>= '\u064b' and <= '\u065f') or '\u0670' or (>= '\u06d6' and <= '\u06ed') or '\u0640')
            {
                continue;
            }

            sb.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => c,
            });
        }

        var t = Punct().Replace(sb.ToString(), " ").Trim();
        return t.StartsWith("the ", StringComparison.Ordinal) ? t[4..] : t;
    }

    [GeneratedRegex("[\\s\"'«»“”‘’()\\[\\].,،؛:;!?\\-–—_/]+")]
    private static partial Regex Punct();
}
