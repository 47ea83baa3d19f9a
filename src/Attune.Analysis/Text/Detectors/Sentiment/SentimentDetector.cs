using System.Globalization;
using System.Text;
using Attune.Analysis.Conversations;
using Attune.Analysis.Findings;

namespace Attune.Analysis.Text.Detectors.Sentiment;

/// <summary>
/// <c>customer.sentiment</c>: the valence of every customer turn, -1..+1 (the VADER compound
/// of <see cref="SentimentAnalyzer"/>), labelled negative / neutral / positive at ±0.05.
/// Evidence is the whole turn; the detail names the words that weighed most. Only customer
/// turns are assessed: advisors are measured on what they do, never on inferred feeling.
/// Quoted words (the customer repeating someone else) count as neutral.
/// </summary>
public sealed class SentimentDetector : Detector
{
    private const int NamedWords = 3;

    public SentimentDetector(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public override void OnTurn(ConversationContext context, AnalyzedTurn turn, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(sink);
        if (turn.Party != Party.Customer || turn.Tokens.Tokens.Count == 0)
        {
            return;
        }

        var (score, contributions) = SentimentAnalyzer.Explain(turn.Tokens);
        sink.AddTurn(turn, Signals.CustomerSentiment, Polarity.Info, Describe(turn.Text, score, contributions),
            label: score.Label, value: score.Compound);
    }

    /// <summary>"Negative (-0.62): mostly 'charged twice' (-2.0), 'not happy' (-1.4)."</summary>
    internal static string Describe(string text, SentimentScore score, IReadOnlyList<SentimentContribution> contributions)
    {
        var label = score.Label;
        var sb = new StringBuilder(128);
        sb.Append("Customer sentiment ").Append(label).Append(" (");
        DecimalText.AppendSignedHundredths(sb, score.Compound).Append(')'); // = {Compound:+0.00;-0.00;0.00}
        if (contributions.Count == 0)
        {
            return sb.Append(": no word carries sentiment.").ToString();
        }

        // Name the strongest words that agree with the overall label first, then a strong dissenting one.
        var sign = label == "positive" ? 1 : label == "negative" ? -1 : 0;
        sb.Append(sign == 0 ? ", mixed or weak: " : ", mostly from ");
        var named = 0;
        foreach (var c in contributions)
        {
            if (named == NamedWords)
            {
                break;
            }

            if (sign != 0 && Math.Sign(c.Valence) != sign)
            {
                continue;
            }

            AppendWord(sb, text, c, named++ > 0);
        }

        if (sign != 0)
        {
            foreach (var c in contributions)
            {
                if (Math.Sign(c.Valence) == -sign)
                {
                    sb.Append("; against it ");
                    AppendWord(sb, text, c, false);
                    break;
                }
            }
        }

        return sb.Append('.').ToString();
    }

    private static void AppendWord(StringBuilder sb, string text, SentimentContribution c, bool comma)
    {
        if (comma)
        {
            sb.Append(", ");
        }

        sb.Append('\'').Append(text, c.Start, c.Length).Append("' (");
        DecimalText.AppendSignedTenths(sb, c.Valence).Append(')'); // = {Valence:+0.0;-0.0}
        if (c.Modifier is "but")
        {
            sb.Append(" after 'but'");
        }
        else if (c.Modifier is "CAPS")
        {
            sb.Append(" in capitals");
        }
    }
}
