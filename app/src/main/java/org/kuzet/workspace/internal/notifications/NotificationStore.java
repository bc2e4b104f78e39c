package org.kuzet.workspace.internal.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.Formats;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.kuzet.workspace.RecordNames;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notifications and each user's state of them (tables {@code wsp_notification*}). Every read goes
 * through {@link #AUDIENCE}, the SQL form of {@link org.kuzet.workspace.Audience#includes}: a user
 * never reads, counts or acknowledges a notification outside its audience.
 */
@Repository
class NotificationStore {

  private static final String AUDIENCE =
      " (n.recipient IS NULL OR n.recipient = :username)"
          + " AND (n.agency_code IS NULL OR n.agency_code = :agency)"
          + " AND EXISTS (SELECT 1 FROM wsp_notification_role r"
          + " WHERE r.notification_id = n.id AND r.role IN (:roles))";

  private static final String UNREAD =
      " AND n.closed_at IS NULL AND n.id > :through AND NOT EXISTS (SELECT 1 FROM wsp_notification_state s"
          + " WHERE s.notification_id = n.id AND s.account_id = :account AND s.read_at IS NOT NULL)";

  static final int COUNT_CAP = 1000;

  /** A user's stored choices. */
  record Preferences(Set<NotificationKind> homeKinds, long readThrough) {}

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final Formats formats;
  private final List<RecordNames> names;

  NotificationStore(
      JdbcClient jdbc, MessageSource messages, Formats formats, List<RecordNames> names) {
    this.names = names;
    this.jdbc = jdbc;
    this.messages = messages;
    this.formats = formats;
  }

  /** Inserts the notification; returns its id, or empty when its source key is stored already. */
  Optional<Long> insert(NewNotification n, Instant now) {
    if (n.sourceKey() != null
        && jdbc.sql("SELECT COUNT(*) FROM wsp_notification WHERE source_key = ?")
                .param(n.sourceKey())
                .query(Integer.class)
                .single()
            > 0) {
      return Optional.empty();
    }
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    var a = n.audience();
    if (jdbc.sql(
                """
            INSERT INTO wsp_notification (id, kind, title, title_key, title_args, link, recipient,
              agency_code, source_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""")
            .params(
                Arrays.asList(
                    id,
                    n.kind().name(),
                    n.title(),
                    n.titleKey(),
                    TitleArgs.encode(n.titleArgs()),
                    n.link(),
                    a.username(),
                    a.agency() == null ? null : a.agency().value(),
                    n.sourceKey(),
                    utc(now)))
            .update()
        == 0) {
      // The same source key stored a moment ago by a delivery running alongside this one.
      return Optional.empty();
    }
    for (Role role : a.roles()) {
      jdbc.sql("INSERT INTO wsp_notification_role (notification_id, role) VALUES (?, ?)")
          .params(id, role.name())
          .update();
    }
    return Optional.of(id);
  }

  /** The user's notifications, newest first, of the given kinds (all when null). */
  List<Notice> list(
      KuzetUser user, @Nullable Collection<NotificationKind> kinds, boolean unreadOnly, int limit) {
    if (user.roles().isEmpty() || (kinds != null && kinds.isEmpty())) {
      return List.of();
    }
    long through = preferences(user).readThrough();
    var spec =
        jdbc.sql(
            "SELECT n.id, n.kind, n.title, n.title_key, n.title_args, n.link, n.created_at, n.closed_at, s.read_at, s.acknowledged_at"
                + " FROM wsp_notification n LEFT JOIN wsp_notification_state s"
                + " ON s.notification_id = n.id AND s.account_id = :account WHERE"
                + AUDIENCE
                + (kinds == null ? "" : " AND n.kind IN (:kinds)")
                + (unreadOnly ? UNREAD : "")
                + " ORDER BY n.id DESC FETCH FIRST :limit ROWS ONLY");
    spec = audience(spec, user).param("limit", limit);
    if (unreadOnly) {
      spec = spec.param("through", through);
    }
    if (kinds != null) {
      spec = spec.param("kinds", kinds.stream().map(Enum::name).toList());
    }
    return spec.query((rs, i) -> notice(rs, through, LocaleContextHolder.getLocale())).list();
  }

  /**
   * One page of the notifications reaching the user, for the API, with their count.
   *
   * @param unread true: unread only; false: read only; null: all
   */
  ListPage<Notice> page(KuzetUser user, @Nullable Boolean unread, Paging paging) {
    if (user.roles().isEmpty()) {
      return new ListPage<>(List.of(), paging, 0);
    }
    long through = preferences(user).readThrough();
    String filter =
        unread == null
            ? ""
            : unread ? UNREAD : " AND NOT (" + UNREAD.substring(" AND ".length()) + ")";
    long total =
        audience(
                jdbc.sql(
                    Paging.countUpToLimit(" FROM wsp_notification n WHERE" + AUDIENCE + filter)),
                user)
            .params(unread == null ? Map.of() : Map.of("through", through))
            .query(Long.class)
            .single();
    var rows =
        audience(
                jdbc.sql(
                    "SELECT n.id, n.kind, n.title, n.title_key, n.title_args, n.link, n.created_at, n.closed_at, s.read_at, s.acknowledged_at"
                        + " FROM wsp_notification n LEFT JOIN wsp_notification_state s"
                        + " ON s.notification_id = n.id AND s.account_id = :account WHERE"
                        + AUDIENCE
                        + filter
                        + paging.orderBy(Map.of("createdAt", "n.created_at", "id", "n.id"), "n.id")
                        + paging.limit()),
                user)
            .params(unread == null ? Map.of() : Map.of("through", through))
            .query((rs, i) -> notice(rs, through, LocaleContextHolder.getLocale()))
            .list();
    return new ListPage<>(rows, paging, total);
  }

  /** One notification, if it reaches the user, worded in the language of the current request. */
  Optional<Notice> find(KuzetUser user, long id) {
    return find(user, id, LocaleContextHolder.getLocale());
  }

  /**
   * One notification, if it reaches the user, worded in the given language (for the live stream).
   */
  Optional<Notice> find(KuzetUser user, long id, Locale locale) {
    if (user.roles().isEmpty()) {
      return Optional.empty();
    }
    long through = preferences(user).readThrough();
    return audience(
            jdbc.sql(
                "SELECT n.id, n.kind, n.title, n.title_key, n.title_args, n.link, n.created_at, n.closed_at, s.read_at, s.acknowledged_at"
                    + " FROM wsp_notification n LEFT JOIN wsp_notification_state s"
                    + " ON s.notification_id = n.id AND s.account_id = :account"
                    + " WHERE n.id = :id AND"
                    + AUDIENCE),
            user)
        .param("id", id)
        .query((rs, i) -> notice(rs, through, locale))
        .optional();
  }

  /** Unread notifications, counted up to {@link #COUNT_CAP}: past that the header says "999+". */
  int unread(KuzetUser user) {
    if (user.roles().isEmpty()) {
      return 0;
    }
    return audience(
            jdbc.sql(
                "SELECT COUNT(*) FROM (SELECT n.id FROM wsp_notification n WHERE"
                    + AUDIENCE
                    + UNREAD
                    + " FETCH FIRST "
                    + COUNT_CAP
                    + " ROWS ONLY) capped"),
            user)
        .param("through", preferences(user).readThrough())
        .query(Integer.class)
        .single();
  }

  /** Marks read (and acknowledged when asked); the caller has checked the user may see it. */
  void mark(KuzetUser user, long id, boolean acknowledge, Instant now) {
    int changed =
        jdbc.sql(
                "UPDATE wsp_notification_state SET read_at = COALESCE(read_at, :now)"
                    + (acknowledge ? ", acknowledged_at = COALESCE(acknowledged_at, :now)" : "")
                    + " WHERE notification_id = :id AND account_id = :account")
            .param("now", utc(now))
            .param("id", id)
            .param("account", user.accountId())
            .update();
    if (changed == 0) {
      jdbc.sql(
              "INSERT INTO wsp_notification_state (notification_id, account_id, read_at,"
                  + " acknowledged_at) VALUES (?, ?, ?, ?)")
          .params(Arrays.asList(id, user.accountId(), utc(now), acknowledge ? utc(now) : null))
          .update();
    }
  }

  /** Everything up to the newest notification now stored counts as read for the user. */
  void markAllRead(KuzetUser user) {
    long newest =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM wsp_notification").query(Long.class).single();
    ensurePreferences(user);
    jdbc.sql(
            "UPDATE wsp_notification_pref SET read_through = ? WHERE account_id = ? AND read_through < ?")
        .params(newest, user.accountId(), newest)
        .update();
  }

  Preferences preferences(KuzetUser user) {
    return jdbc.sql(
            "SELECT home_kinds, read_through FROM wsp_notification_pref WHERE account_id = ?")
        .param(user.accountId())
        .query((rs, i) -> new Preferences(kinds(rs.getString(1)), rs.getLong(2)))
        .optional()
        .orElse(new Preferences(EnumSet.allOf(NotificationKind.class), 0));
  }

  void saveHomeKinds(KuzetUser user, Set<NotificationKind> kinds) {
    ensurePreferences(user);
    jdbc.sql("UPDATE wsp_notification_pref SET home_kinds = ? WHERE account_id = ?")
        .params(
            kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            user.accountId())
        .update();
  }

  private void ensurePreferences(KuzetUser user) {
    jdbc.sql(
            "INSERT INTO wsp_notification_pref (account_id, home_kinds, read_through)"
                + " SELECT ?, NULL, 0 WHERE NOT EXISTS"
                + " (SELECT 1 FROM wsp_notification_pref WHERE account_id = ?)")
        .params(user.accountId(), user.accountId())
        .update();
  }

  private static JdbcClient.StatementSpec audience(JdbcClient.StatementSpec spec, KuzetUser user) {
    return spec.param("username", user.username())
        .param("agency", user.agency().value())
        .param("roles", user.roles().stream().map(Enum::name).toList())
        .param("account", user.accountId());
  }

  /** Stored kinds; a kind no longer known is skipped. NULL means every kind. */
  private static Set<NotificationKind> kinds(@Nullable String stored) {
    if (stored == null) {
      return EnumSet.allOf(NotificationKind.class);
    }
    var out = EnumSet.noneOf(NotificationKind.class);
    for (String k : stored.split(",")) {
      for (NotificationKind kind : NotificationKind.values()) {
        if (kind.name().equals(k)) {
          out.add(kind);
        }
      }
    }
    return out;
  }

  /** Closes the notification with this source key for everyone; false if none is open. */
  boolean close(String sourceKey, Instant now) {
    return jdbc.sql(
                "UPDATE wsp_notification SET closed_at = ? WHERE source_key = ? AND closed_at IS NULL")
            .params(utc(now), sourceKey)
            .update()
        > 0;
  }

  private Notice notice(ResultSet rs, long through, Locale locale) throws SQLException {
    long id = rs.getLong("id");
    // A closed notification reads as acknowledged at its closing, for everyone.
    OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
    OffsetDateTime ack =
        closed != null ? closed : rs.getObject("acknowledged_at", OffsetDateTime.class);
    return new Notice(
        id,
        NotificationKind.valueOf(rs.getString("kind")),
        title(rs.getString("title"), rs.getString("title_key"), rs.getString("title_args"), locale),
        rs.getString("link"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        id <= through || closed != null || rs.getObject("read_at", OffsetDateTime.class) != null,
        ack == null ? null : ack.toInstant());
  }

  /**
   * The title in the reader's language, worded from its key and arguments; the stored English title
   * when it has no key (notifications stored before keys) or the key has no words.
   */
  private String title(String stored, @Nullable String key, @Nullable String args, Locale locale) {
    if (key == null || messages.getMessage(key, null, null, locale) == null) {
      return stored;
    }
    Object[] decoded = TitleArgs.decode(args);
    for (int i = 0; i < decoded.length; i++) {
      if (decoded[i] instanceof MessageSourceResolvable r) {
        decoded[i] = recordName(r, locale);
      }
    }
    return formats.message(key, locale, decoded);
  }

  /** A code naming a module's record, worded by that module; any other code as it was. */
  private Object recordName(MessageSourceResolvable code, Locale locale) {
    String c = code.getCodes() == null || code.getCodes().length == 0 ? "" : code.getCodes()[0];
    for (RecordNames n : names) {
      if (c.startsWith(n.prefix())) {
        String fallback = code.getDefaultMessage() == null ? c : code.getDefaultMessage();
        return n.name(c.substring(n.prefix().length()), locale).orElse(fallback);
      }
    }
    return code;
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
