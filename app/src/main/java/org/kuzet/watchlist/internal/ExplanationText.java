package org.kuzet.watchlist.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kuzet.engine.screening.Explanation;
import org.kuzet.watchlist.ExplanationWords;
import org.kuzet.web.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An engine's explanation in the user's language, worded from the message bundles: the engine gives
 * the parts (which part matched which and how, each supporting fact's kind, outcome and values),
 * this puts them into words. Files and stored records keep the engine's English {@link
 * Explanation#render()}.
 */
@Component("explanationWords")
class ExplanationText implements ExplanationWords {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MessageSource messages;

  ExplanationText(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public String facts(Explanation explanation) {
    return JSON.writeValueAsString(explanation);
  }

  @Override
  public String words(String facts, Locale locale) {
    return render(JSON.readValue(facts, Explanation.class), locale).strip();
  }

  @Override
  public String words(Explanation explanation, Locale locale) {
    return render(explanation, locale).strip();
  }

  /** One supporting fact's finding, e.g. "born 1975; the list says 1975-03-02". */
  @Override
  public String evidence(Explanation.Evidence e, Locale locale) {
    String query = e.queryValue();
    String listed = e.listValue();
    if (e.kind() == Explanation.EvidenceKind.NATIONALITY) {
      // Countries by their names in the reader's language, whatever the list or the query wrote.
      query = country(query, locale);
      listed =
          Arrays.stream(listed.split(", "))
              .map(c -> country(c, locale))
              .collect(Collectors.joining(", "));
    }
    return messages.getMessage(
        "watchlist.evidence.outcome." + e.outcome().name(), new Object[] {query, listed}, locale);
  }

  /** A country's name in the reader's language; what was written when it names no country. */
  private static String country(String written, Locale locale) {
    return Countries.code(written).map(c -> Countries.name(c, locale)).orElse(written);
  }

  /** The whole explanation, one fact per line. */
  String render(Explanation x, Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(
            messages.getMessage(
                "watchlist.explain.text.summary",
                new Object[] {x.score(), x.queryName(), x.matchedName(), x.nameScore()},
                locale))
        .append('\n');
    for (Explanation.PartMatch p : x.parts()) {
      out.append("  ")
          .append(
              messages.getMessage(
                  "watchlist.explain.text.part",
                  new Object[] {
                    p.queryPart(),
                    p.listPart(),
                    messages.getMessage("watchlist.method." + p.method().name(), null, locale),
                    Math.round(p.similarity() * 100)
                  },
                  locale))
          .append('\n');
    }
    if (!x.unmatchedQueryParts().isEmpty()) {
      out.append("  ")
          .append(
              messages.getMessage(
                  "watchlist.explain.unmatchedQuery",
                  new Object[] {String.join(", ", x.unmatchedQueryParts())},
                  locale))
          .append('\n');
    }
    if (!x.unmatchedListParts().isEmpty()) {
      out.append("  ")
          .append(
              messages.getMessage(
                  "watchlist.explain.unmatchedList",
                  new Object[] {String.join(", ", x.unmatchedListParts())},
                  locale))
          .append('\n');
    }
    for (Explanation.Evidence e : x.evidence()) {
      out.append("  ")
          .append(messages.getMessage("watchlist.evidence." + e.kind().name(), null, locale))
          .append(": ")
          .append(evidence(e, locale))
          .append(' ')
          .append(e.points() > 0 ? "+" : "")
          .append(e.points())
          .append('\n');
    }
    return out.toString();
  }
}
