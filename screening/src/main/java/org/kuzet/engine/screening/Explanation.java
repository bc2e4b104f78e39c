package org.kuzet.engine.screening;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a hit scored what it did: which query part matched which list part and how, which parts
 * stayed unmatched, and what birth date, nationality and document added or took away.
 *
 * @param queryName the query name as given
 * @param matchedName the list name (primary or alias) that matched best
 * @param nameScore the name similarity alone, 0-100
 * @param parts matched part pairs, in query order
 * @param unmatchedQueryParts query parts without a counterpart
 * @param unmatchedListParts list-name parts without a counterpart
 * @param evidence supporting facts and their effect on the score
 * @param score the final score, 0-100
 */
public record Explanation(
    String queryName,
    String matchedName,
    int nameScore,
    List<PartMatch> parts,
    List<String> unmatchedQueryParts,
    List<String> unmatchedListParts,
    List<Evidence> evidence,
    int score) {

  public Explanation {
    Objects.requireNonNull(queryName, "queryName");
    Objects.requireNonNull(matchedName, "matchedName");
    parts = List.copyOf(parts);
    unmatchedQueryParts = List.copyOf(unmatchedQueryParts);
    unmatchedListParts = List.copyOf(unmatchedListParts);
    evidence = List.copyOf(evidence);
  }

  /**
   * One matched pair of name parts.
   *
   * @param queryPart the query part (several joined by a space for {@link MatchMethod#JOINED})
   * @param listPart the list part (likewise)
   * @param method how they matched
   * @param similarity 0-1
   */
  public record PartMatch(
      String queryPart, String listPart, MatchMethod method, double similarity) {
    public PartMatch {
      Objects.requireNonNull(method, "method");
      if (similarity < 0 || similarity > 1) {
        throw new IllegalArgumentException("similarity out of 0..1: " + similarity);
      }
    }
  }

  /** The kind of supporting fact. */
  public enum EvidenceKind {
    BIRTH_DATE,
    NATIONALITY,
    DOCUMENT,
    /** How the name matched: given names only as initials. */
    NAME_INITIALS
  }

  /** What a comparison of one supporting fact found; each belongs to one {@link EvidenceKind}. */
  public enum Outcome {
    /** Birth date: the same full date as listed. */
    SAME_DATE,
    /** Birth date: the same year, or within the listed range. */
    SAME_YEAR,
    /** Birth date: about a year apart. */
    CLOSE,
    /** Birth date: further apart. */
    DIFFERENT,
    /** Nationality: one of the entry's. */
    AMONG_LISTED,
    /** Nationality: none of the entry's. */
    NOT_LISTED,
    /** Document number: one of the entry's. */
    SAME_NUMBER,
    /**
     * Name: besides at most one full part, only initials matched; the name score is capped below a
     * full-name match. Query value: the initials; list value: the parts they stand for.
     */
    INITIALS_ONLY
  }

  /**
   * One supporting fact, in parts a user interface can put into its own words: the kind, what the
   * comparison found, the query's value and the list's.
   *
   * @param kind which fact
   * @param points what it added (positive) or took away (negative)
   * @param outcome what the comparison found
   * @param queryValue the query's value (a date as written in ISO form, a country code, a number)
   * @param listValue the list's value or values, comma-separated as listed (empty for a document)
   */
  public record Evidence(
      EvidenceKind kind, int points, Outcome outcome, String queryValue, String listValue) {
    public Evidence {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(queryValue, "queryValue");
      Objects.requireNonNull(listValue, "listValue");
    }

    /** What was compared, in English words (the command line's and stored text's wording). */
    public String detail() {
      return switch (outcome) {
        case SAME_DATE -> "born " + queryValue + ", as listed";
        case SAME_YEAR, DIFFERENT -> "born " + queryValue + ", list says " + listValue;
        case CLOSE -> "born " + queryValue + ", list says " + listValue + " (close)";
        case AMONG_LISTED -> "nationality " + queryValue + " is among the list's " + listValue;
        case NOT_LISTED -> "nationality " + queryValue + " is not among the list's " + listValue;
        case SAME_NUMBER -> "document number " + queryValue + " is the list's";
        case INITIALS_ONLY -> "only the initials " + queryValue + " stand for " + listValue;
      };
    }
  }

  /** The explanation as readable English text, one fact per line. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("score ")
        .append(score)
        .append(": '")
        .append(queryName)
        .append("' vs '")
        .append(matchedName)
        .append("', name similarity ")
        .append(nameScore)
        .append('\n');
    for (PartMatch p : parts) {
      out.append("  '")
          .append(p.queryPart())
          .append("' ~ '")
          .append(p.listPart())
          .append("': ")
          .append(p.method().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(String.format(Locale.ROOT, " (%.2f)", p.similarity()))
          .append('\n');
    }
    for (String q : unmatchedQueryParts) {
      out.append("  query part '").append(q).append("' not in the list name\n");
    }
    for (String l : unmatchedListParts) {
      out.append("  list part '").append(l).append("' not in the query\n");
    }
    for (Evidence e : evidence) {
      out.append("  ")
          .append(e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(": ")
          .append(e.detail())
          .append(' ')
          .append(e.points() >= 0 ? "+" : "")
          .append(e.points())
          .append('\n');
    }
    return out.toString();
  }
}
