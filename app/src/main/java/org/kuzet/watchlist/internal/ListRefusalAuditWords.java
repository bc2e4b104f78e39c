package org.kuzet.watchlist.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditDetailValues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps a refused list upload in the audit log as facts (the files, the file at fault, the place as
 * the reader wrote it, the refusal's code and its arguments) and words them when the log is read,
 * in the reader's language.
 */
@Component
class ListRefusalAuditWords implements AuditDetailValues {

  static final String KEY = "watchlist.listRefused";

  private final MessageSource messages;

  ListRefusalAuditWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The facts of a refusal of the files {@code sourceName}. */
  static AuditDetail detail(String sourceName, WatchlistFormatException refusal) {
    List<Object> args = new ArrayList<>();
    args.add(sourceName);
    args.add(refusal.file());
    args.add(refusal.location());
    args.add(refusal.problem().name());
    args.addAll(refusal.args());
    return new AuditDetail(KEY, args);
  }

  @Override
  public Set<String> keys() {
    return Set.of(KEY);
  }

  @Override
  public List<Object> words(AuditDetail detail, Locale locale) {
    List<Object> kept = detail.args();
    if (kept.size() < 4) {
      return kept;
    }
    String code = String.valueOf(kept.get(3));
    List<String> args = kept.subList(4, kept.size()).stream().map(String::valueOf).toList();
    String sentence =
        ListFileRefusals.words(
            String.valueOf(kept.get(1)),
            WatchlistFormatException.Place.of(String.valueOf(kept.get(2))),
            code,
            args,
            english(code, args),
            r -> messages.getMessage(r, locale));
    return List.of(kept.get(0), sentence);
  }

  private static String english(String code, List<String> args) {
    try {
      return ListFileProblem.valueOf(code).english(args);
    } catch (IllegalArgumentException e) {
      return String.join(", ", args);
    }
  }
}
