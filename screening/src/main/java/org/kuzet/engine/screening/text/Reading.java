package org.kuzet.engine.screening.text;

/**
 * A query part read as another romanisation system writes it (see {@link Romanisations}): its fold
 * key, with the stem and patronymic test worked out once per query part rather than once per list
 * part it is compared with.
 *
 * @param key the fold key of the reading
 * @param stem {@link Keys#stem} of the key
 * @param patronymic whether the reading ends as a patronymic ({@link Keys#patronymicRoot})
 */
public record Reading(String key, String stem, boolean patronymic) {

  static Reading of(String key) {
    return new Reading(key, Keys.stem(key), Keys.patronymicRoot(key) != null);
  }
}
