package org.kuzet.identity.internal;

import static java.util.Objects.requireNonNullElse;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditDetailValues;
import org.kuzet.identity.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An audit entry's detail in the reader's language ({@code @auditWords.detail(e, #locale)} in
 * templates). Details kept as facts are worded by their message; sentences written before facts
 * were kept are read back where their action's sentence is known ({@link LegacyAuditDetails});
 * anything else (a name, a code, a reason someone typed) shows as stored. A module words the values
 * of its own details ({@link AuditDetailValues}): a post code as the post's name.
 */
@Component("auditWords")
public class AuditWords {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * A set of roles as Java prints it ({@code [ANALYST, PARTNER]}), the way account details keep
   * them.
   */
  private static final Pattern ROLE_LIST = Pattern.compile("\\[([A-Z_]+(, [A-Z_]+)*)?\\]");

  private final MessageSource messages;
  private final Map<String, AuditDetailValues> values = new HashMap<>();

  AuditWords(MessageSource messages) {
    this(messages, List.of());
  }

  @Autowired
  AuditWords(MessageSource messages, List<AuditDetailValues> values) {
    this.messages = messages;
    for (AuditDetailValues v : values) {
      v.keys().forEach(k -> this.values.put(k, v));
    }
  }

  public String detail(AuditEntry entry, Locale locale) {
    return detail(entry.action(), entry.detail(), locale);
  }

  public String detail(String action, @Nullable String stored, Locale locale) {
    if (stored == null) {
      return "";
    }
    Optional<AuditDetail> facts =
        AuditDetail.read(stored).or(() -> LegacyAuditDetails.read(action, stored));
    if (facts.isEmpty()) {
      return stored;
    }
    String pattern = messages.getMessage(facts.get().messageKey(), null, null, locale);
    if (pattern == null) {
      return stored;
    }
    AuditDetailValues module = values.get(facts.get().key());
    Object[] args =
        (module == null ? facts.get().args() : module.words(facts.get(), locale)).toArray();
    for (int i = 0; i < args.length; i++) {
      // A date kept as ISO text reads in the reader's date pattern.
      if (args[i] instanceof String s && ISO_DATE.matcher(s).matches()) {
        try {
          args[i] =
              DateTimeFormatter.ofPattern(
                      messages.getMessage("format.date", null, "dd.MM.yyyy", locale), locale)
                  .format(LocalDate.parse(s));
        } catch (DateTimeException e) {
          // not a real date: shown as written
        }
      } else if (args[i] instanceof String s && ROLE_LIST.matcher(s).matches()) {
        args[i] = roles(s, locale);
      }
    }
    return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
  }

  /**
   * A role list kept as {@code [ANALYST, PARTNER]} in the reader's words; a list holding anything
   * that is not a role shows as stored.
   */
  private String roles(String stored, Locale locale) {
    String inner = stored.substring(1, stored.length() - 1);
    if (inner.isEmpty()) {
      return requireNonNullElse(
          messages.getMessage("audit.roles.none", null, stored, locale), stored);
    }
    StringJoiner words = new StringJoiner(", ");
    for (String role : inner.split(", ")) {
      String word = messages.getMessage("role." + role, null, null, locale);
      if (word == null) {
        return stored;
      }
      words.add(word);
    }
    return words.toString();
  }
}
