package org.kuzet.watchlist.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.web.Refusal;
import org.kuzet.web.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Words a refused list file in the reader's language: the file, the place (line, column, element,
 * field or property) and the reason from its code ({@code watchlist.listFile.problem.<code>}). A
 * place the readers write in no known form shows as written. The same facts word the refusal on the
 * lists page, in the API's problem document and, at view time, in the audit log.
 */
final class ListFileRefusals {

  private ListFileRefusals() {}

  static String words(WatchlistFormatException e, Texts texts) {
    return words(e.file(), e.place(), e.problem().name(), e.args(), e.reason(), texts::of);
  }

  /**
   * The refusal of {@code file} at {@code place} for the code with its arguments; {@code fallback}
   * stands where the code has no wording. {@code word} words a message in the reader's language.
   */
  static String words(
      String file,
      WatchlistFormatException.Place place,
      String code,
      List<String> args,
      String fallback,
      Function<MessageSourceResolvable, String> word) {
    String reason =
        word.apply(
            new DefaultMessageSourceResolvable(
                new String[] {"watchlist.listFile.problem." + code}, args.toArray(), fallback));
    String where = place(place, word);
    return where.isEmpty()
        ? word.apply(message("watchlist.listFile.refusedNoPlace", file, reason))
        : word.apply(message("watchlist.listFile.refused", file, where, reason));
  }

  static String place(WatchlistFormatException.Place p, Texts texts) {
    return place(p, texts::of);
  }

  static String place(
      WatchlistFormatException.Place p, Function<MessageSourceResolvable, String> word) {
    if (p.isEmpty()) {
      return "";
    }
    if (!p.known()) {
      return p.text();
    }
    List<String> parts = new ArrayList<>();
    if (p.line() != null) {
      parts.add(word.apply(message("watchlist.listFile.place.line", p.line())));
    }
    if (p.column() != null) {
      parts.add(word.apply(message("watchlist.listFile.place.column", p.column())));
    }
    if (p.part() != null) {
      parts.add(
          p.name() == null
              ? word.apply(message("watchlist.listFile.place." + p.part()))
              : word.apply(message("watchlist.listFile.place." + p.part(), p.name())));
    }
    return String.join(", ", parts);
  }

  /** The refusal's facts for programs: its code, arguments, file and place in parts. */
  static Refusal.Facts facts(WatchlistFormatException e) {
    Map<String, String> place = new LinkedHashMap<>();
    place.put("file", e.file());
    var p = e.place();
    if (p.line() != null) {
      place.put("line", p.line());
    }
    if (p.column() != null) {
      place.put("column", p.column());
    }
    if (p.part() != null) {
      place.put(p.part(), p.name() == null ? "" : p.name());
    }
    if (!p.isEmpty() && !p.known()) {
      place.put("text", p.text());
    }
    return new Refusal.Facts(e.problem().name(), e.args(), place);
  }

  /**
   * The refusal as a problem of {@code field}: worded now in the request's language (as written, by
   * the key that shows its argument), with its facts for programs.
   */
  static Refusal.Problem problem(String field, WatchlistFormatException e, Texts texts) {
    return Refusal.Problem.of(field, "watchlist.listFile.problem.OTHER", words(e, texts))
        .with(facts(e));
  }

  private static MessageSourceResolvable message(String key, Object... args) {
    return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
  }
}
