package org.kuzet.interdiction.internal.post;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.LocalNames;

/**
 * A checkpoint or border crossing point.
 *
 * @param section the highway (e.g. {@code M39}) or border section (e.g. {@code KZ-KG})
 * @param regionIso ISO 3166-2 legacy code of the oblast (2009 layout)
 * @param neighbourCountry crossings: the country across the border, as ISO 3166-1 alpha-3
 * @param illustrative true when the location is placed for the demo, not surveyed
 * @param registerLocation the post's name in the program office's equipment register, if any
 * @param nameRu the name in Russian, if given (the base name shows where it is missing)
 * @param nameKk the name in Kazakh, if given
 * @param noteRu the note in Russian, if given
 * @param noteKk the note in Kazakh, if given
 */
public record Post(
    PostId id,
    String code,
    String name,
    PostKind kind,
    AgencyCode agency,
    String section,
    String regionIso,
    String regionName,
    @Nullable String neighbourCountry,
    @Nullable String neighbourPost,
    double latitude,
    double longitude,
    boolean illustrative,
    @Nullable String note,
    @Nullable String registerLocation,
    @Nullable String nameRu,
    @Nullable String nameKk,
    @Nullable String noteRu,
    @Nullable String noteKk) {

  public Post {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(agency, "agency");
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("post " + code + " has impossible coordinates");
    }
  }

  /** The name in the reader's language. */
  public String name(Locale locale) {
    return LocalNames.in(locale, name, nameRu, nameKk);
  }

  /** The note in the reader's language, or null when there is none. */
  public @Nullable String note(Locale locale) {
    return note == null ? null : LocalNames.in(locale, note, noteRu, noteKk);
  }
}
