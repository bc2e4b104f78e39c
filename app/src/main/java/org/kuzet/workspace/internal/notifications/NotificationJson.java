package org.kuzet.workspace.internal.notifications;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.stereotype.Component;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.util.StdConverter;

/**
 * How a {@link NewNotification} event is written in the event publication registry until the
 * notification center has stored it: its title's arguments in the form the center stores them
 * ({@link TitleArgs}), so that a date is still a date and a code still a code when the event is
 * delivered again after a restart.
 */
@Component
class NotificationJson extends SimpleModule {

  NotificationJson() {
    super("kuzet-notification-events");
    setMixInAnnotation(NewNotification.class, Mixin.class);
  }

  @JsonSerialize(converter = ToStored.class)
  @JsonDeserialize(converter = FromStored.class)
  abstract static class Mixin {}

  /** The event as written: plain texts and lists only. */
  record Stored(
      NotificationKind kind,
      String title,
      @Nullable String titleKey,
      @Nullable String titleArgs,
      String link,
      @Nullable String username,
      List<Role> roles,
      @Nullable String agency,
      @Nullable String sourceKey) {}

  static final class ToStored extends StdConverter<NewNotification, Stored> {
    @Override
    public Stored convert(NewNotification n) {
      Audience a = n.audience();
      return new Stored(
          n.kind(),
          n.title(),
          n.titleKey(),
          TitleArgs.encode(n.titleArgs()),
          n.link(),
          a.username(),
          List.copyOf(a.roles()),
          a.agency() == null ? null : a.agency().value(),
          n.sourceKey());
    }
  }

  static final class FromStored extends StdConverter<Stored, NewNotification> {
    @Override
    public NewNotification convert(Stored s) {
      var audience =
          new Audience(
              s.username(),
              Set.copyOf(s.roles()),
              s.agency() == null ? null : AgencyCode.of(s.agency()));
      return new NewNotification(
          s.kind(),
          s.title(),
          s.titleKey(),
          List.of(TitleArgs.decode(s.titleArgs())),
          s.link(),
          audience,
          s.sourceKey());
    }
  }
}
